package vn.kstthc.organisation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * stored one), otherwise generated once, at the first start, and written to a file readable by its
 * owner only ({@code kstthc.organisation.admin-password-file}, in the data folder); the log says
 * where, never the password: logs are copied, shipped and kept by more people and systems than the
 * data folder, which already holds the database. The account is
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
      if (!hasConfigured) {
        Path file = writePasswordFile(id, password);
        LOG.warn(
            "\n\n  Tài khoản quản trị '{}' đã được tạo; mật khẩu nằm trong tệp {} (chỉ chủ sở hữu tệp đọc được):"
                + " đọc, cất giữ rồi xóa tệp.\n  (administrator created; its password is in that file, readable by"
                + " its owner only: read it, store it, delete the file; or set KSTTHC_ADMIN_PASSWORD)\n",
            id,
            file);
      }
      admin.setPassword(password);
      identity.saveUser(admin);
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

  /** Writes the generated password to a new file only its owner can read (POSIX file systems). */
  private Path writePasswordFile(String id, String password) {
    Path file = properties.adminPasswordFile().toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, "Tài khoản quản trị / administrator: " + id + "\nMật khẩu / password: " + password + "\n",
          StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new IllegalStateException(
          "Không ghi được mật khẩu quản trị vào tệp " + file + " (" + e.getMessage() + "): đặt KSTTHC_ADMIN_PASSWORD, "
              + "hoặc KSTTHC_DATA_DIR là một thư mục ghi được / cannot write the administrator's password: set "
              + "KSTTHC_ADMIN_PASSWORD or a writable KSTTHC_DATA_DIR", e);
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
