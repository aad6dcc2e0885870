package vn.kstthc.organisation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.kstthc.platform.DatabaseLock;

/**
 * The administrator and its group {@code camunda-admin}, set up as soon as the engine is built,
 * before the web server accepts any request: Camunda Admin offers anyone the creation of a first
 * administrator while {@code camunda-admin} has no member, and that window must never be open.
 *
 * <p>The password is {@code KSTTHC_ADMIN_PASSWORD} when set (applied when it differs from the
 * stored one), otherwise generated once, at the first start, and printed once. The account is
 * unlocked at every start, so that a stranger's wrong passwords cannot lock the administrator out
 * for good.
 */
@Component
@EnableConfigurationProperties(OrganisationProperties.class)
public class AdministratorPlugin extends AbstractProcessEnginePlugin {

  static final Organisation.Group ADMIN_GROUP =
      new Organisation.Group(OrganisationProperties.ADMIN_GROUP, "Quản trị hệ thống", GroupKind.ADMINISTRATORS, null, List.of());

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorPlugin.class);

  private final OrganisationProperties properties;
  private final DatabaseLock lock;

  AdministratorPlugin(OrganisationProperties properties, DatabaseLock lock) {
    this.properties = properties;
    this.lock = lock;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    lock.withLock(DatabaseLock.ORGANISATION, () -> {
      setUp(engine);
      return null;
    });
  }

  private void setUp(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    Group group = identity.createGroupQuery().groupId(ADMIN_GROUP.id()).singleResult();
    if (group == null) {
      group = identity.newGroup(ADMIN_GROUP.id());
      group.setName(ADMIN_GROUP.name());
      group.setType(ADMIN_GROUP.kind().code());
      identity.saveGroup(group);
    }
    GroupAuthorizations.sync(engine.getAuthorizationService(), ADMIN_GROUP.id(), AuthorizationPlan.grantsFor(ADMIN_GROUP));

    String id = properties.adminUser();
    String configured = properties.adminPassword();
    boolean hasConfigured = configured != null && !configured.isBlank();
    User admin = identity.createUserQuery().userId(id).singleResult();
    if (admin == null) {
      admin = identity.newUser(id);
      admin.setFirstName("Quản trị");
      admin.setLastName("hệ thống");
      String password = hasConfigured ? requireValid(identity, configured, admin) : Passwords.random(identity, id, "Quản trị", "hệ thống", null);
      admin.setPassword(password);
      identity.saveUser(admin);
      if (!hasConfigured) {
        LOG.warn(
            "\n\n  Tài khoản quản trị '{}' đã được tạo với mật khẩu: {}\n"
                + "  (administrator created; this password is shown only once: store it, or set "
                + "KSTTHC_ADMIN_PASSWORD)\n",
            id,
            password);
      }
    } else {
      identity.unlockUser(id);
      if (hasConfigured && !identity.checkPassword(id, configured)) {
        // checkPassword counted a failed attempt (a new row version): save a fresh copy
        User fresh = identity.createUserQuery().userId(id).singleResult();
        fresh.setPassword(requireValid(identity, configured, fresh));
        identity.saveUser(fresh);
        identity.unlockUser(id);
      }
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(ADMIN_GROUP.id()).count() == 0) {
      identity.createMembership(id, ADMIN_GROUP.id());
    }
  }

  /** Stops the start with a message that says which rule KSTTHC_ADMIN_PASSWORD breaks. */
  private static String requireValid(IdentityService identity, String password, User user) {
    var result = identity.checkPasswordAgainstPolicy(password, user);
    if (!result.isValid()) {
      throw new IllegalStateException(
          "KSTTHC_ADMIN_PASSWORD không đạt chính sách mật khẩu của tài khoản '" + user.getId() + "': "
              + Passwords.violations(result));
    }
    return password;
  }
}
