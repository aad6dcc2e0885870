package vn.kstthc.organisation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Loads the organisation at start-up (the province's file, plus the demo organisation when
 * enabled), applies it to the engine, and sets up the administrator. Other features ask it who
 * belongs where.
 */
@Service
@Order(0)
@EnableConfigurationProperties(OrganisationProperties.class)
public class OrganisationService implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationService.class);
  private static final String ADMIN_GROUP_NAME = "Quản trị hệ thống";

  private final OrganisationProperties properties;
  private final OrganisationSynchronizer synchronizer;
  private final IdentityService identityService;
  private final SecureRandom random = new SecureRandom();
  private volatile Organisation organisation = new Organisation(List.of(), List.of());

  OrganisationService(
      OrganisationProperties properties,
      OrganisationSynchronizer synchronizer,
      IdentityService identityService) {
    this.properties = properties;
    this.synchronizer = synchronizer;
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    reload();
  }

  /** Reads the files again and applies them; safe to call at any time (idempotent). */
  public synchronized OrganisationSynchronizer.Changes reload() {
    Organisation fromFiles = load();
    Set<String> demoUsers = new HashSet<>();
    if (properties.demoEnabled()) {
      OrganisationReader.read(resource(OrganisationProperties.DEMO_FILE)).users()
          .forEach(user -> demoUsers.add(user.id()));
    }
    OrganisationSynchronizer.Changes changes =
        synchronizer.apply(
            withAdministrators(fromFiles),
            member ->
                demoUsers.contains(member.id()) && properties.demoPassword() != null
                    ? properties.demoPassword()
                    : randomPassword(member.id(), member.firstName(), member.lastName(), member.email()));
    ensureAdministrator();
    organisation = fromFiles;
    return changes;
  }

  /** The organisation as last loaded (without the built-in administrators' group). */
  public Organisation organisation() {
    return organisation;
  }

  Organisation load() {
    List<Organisation.Group> groups = new ArrayList<>();
    List<Organisation.Member> users = new ArrayList<>();
    List<Resource> files = new ArrayList<>();
    if (properties.file() != null) {
      files.add(properties.file());
    }
    if (properties.demoEnabled()) {
      files.add(resource(OrganisationProperties.DEMO_FILE));
    }
    for (Resource file : files) {
      Organisation part = OrganisationReader.read(file);
      for (Organisation.Group group : part.groups()) {
        if (groups.stream().anyMatch(g -> g.id().equals(group.id()))) {
          throw new OrganisationFileException(file.getDescription(), "nhóm '" + group.id() + "' đã có ở tệp khác");
        }
        groups.add(group);
      }
      for (Organisation.Member user : part.users()) {
        if (users.stream().anyMatch(u -> u.id().equals(user.id()))) {
          throw new OrganisationFileException(file.getDescription(), "người dùng '" + user.id() + "' đã có ở tệp khác");
        }
        users.add(user);
      }
    }
    if (files.isEmpty()) {
      LOG.warn(
          "No organisation file (kstthc.organisation.file) and the demo organisation is off: "
              + "only the administrator exists");
    }
    return new Organisation(groups, users);
  }

  private Organisation withAdministrators(Organisation organisation) {
    List<Organisation.Group> groups = new ArrayList<>(organisation.groups());
    groups.removeIf(group -> group.id().equals(OrganisationProperties.ADMIN_GROUP));
    groups.add(
        new Organisation.Group(
            OrganisationProperties.ADMIN_GROUP, ADMIN_GROUP_NAME, GroupKind.ADMINISTRATORS, null, List.of()));
    return new Organisation(groups, organisation.users());
  }

  /**
   * The administrator: its password is the environment's ({@code KSTTHC_ADMIN_PASSWORD}) when set,
   * applied at every start; otherwise generated once, at the first start, and printed once.
   */
  private void ensureAdministrator() {
    String id = properties.adminUser();
    User admin = identityService.createUserQuery().userId(id).singleResult();
    String configured = properties.adminPassword();
    boolean hasConfigured = configured != null && !configured.isBlank();
    if (admin == null) {
      admin = identityService.newUser(id);
      admin.setFirstName("Quản trị");
      admin.setLastName("hệ thống");
      if (hasConfigured) {
        requireValid(configured, admin);
      }
      String password =
          hasConfigured ? configured : randomPassword(id, admin.getFirstName(), admin.getLastName(), null);
      admin.setPassword(password);
      identityService.saveUser(admin);
      if (!hasConfigured) {
        LOG.warn(
            "\n\n  Tài khoản quản trị '{}' đã được tạo với mật khẩu: {}\n"
                + "  (administrator created; this password is shown only once: store it, or set "
                + "KSTTHC_ADMIN_PASSWORD)\n",
            id,
            password);
      }
    } else if (hasConfigured) {
      requireValid(configured, admin);
      admin.setPassword(configured);
      identityService.saveUser(admin);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(OrganisationProperties.ADMIN_GROUP).count() == 0) {
      identityService.createMembership(id, OrganisationProperties.ADMIN_GROUP);
    }
  }

  /** Stops the start with a message that says which rule KSTTHC_ADMIN_PASSWORD breaks. */
  private void requireValid(String password, User user) {
    var result = identityService.checkPasswordAgainstPolicy(password, user);
    if (!result.isValid()) {
      String rules =
          result.getViolatedRules().stream()
              .map(rule -> rule.getPlaceholder() + rule.getParameters())
              .collect(java.util.stream.Collectors.joining(", "));
      throw new IllegalStateException(
          "KSTTHC_ADMIN_PASSWORD không đạt chính sách mật khẩu (ít nhất 10 ký tự, có chữ hoa, chữ "
              + "thường, chữ số, ký tự đặc biệt, không chứa tên đăng nhập '" + user.getId() + "'): " + rules);
    }
  }

  /**
   * A password nobody knows, valid under the engine's password policy for this user: 24
   * characters from the four classes the policy asks for. Officers of a province file get one and
   * receive their real password from the administrator (Admin, "Đổi mật khẩu").
   */
  String randomPassword(String userId, String firstName, String lastName, String email) {
    User user = identityService.newUser(userId);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    String password;
    do {
      password = randomCharacters();
    } while (!identityService.checkPasswordAgainstPolicy(password, user).isValid());
    return password;
  }

  private String randomCharacters() {
    String[] classes = {
      "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "!#%+-=?@_"
    };
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      String chars = classes[i % classes.length];
      password.append(chars.charAt(random.nextInt(chars.length())));
    }
    for (int i = password.length() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      char c = password.charAt(i);
      password.setCharAt(i, password.charAt(j));
      password.setCharAt(j, c);
    }
    return password.toString();
  }

  private static Resource resource(String location) {
    return new DefaultResourceLoader().getResource(location);
  }
}
