package vn.kstthc.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import vn.kstthc.organisation.OrganisationReader.OrganisationFile;
import vn.kstthc.platform.DatabaseLock;
import vn.kstthc.platform.IdentitiesChangedEvent;

/**
 * Loads the organisation at start-up (the province's file, plus the demo organisation when
 * enabled), applies it to the engine, and sets up the administrator. Other features ask it who
 * belongs where.
 *
 * <p>It is applied before the web server opens its port (a {@link SmartLifecycle} phase before
 * Spring Boot's web server), and the application stays "not ready" ({@link
 * ReadinessState#REFUSING_TRAFFIC}, {@code /actuator/health/readiness} 503) until then: no request
 * is served with the organisation of the previous start, e.g. by an officer who has just left.
 */
@Service
@EnableConfigurationProperties(OrganisationProperties.class)
public class OrganisationService implements SmartLifecycle {

  /** Before Spring Boot's web servers (its phases are just below {@code Integer.MAX_VALUE}). */
  static final int PHASE = 0;

  static final String PROVINCE = "province";
  static final String DEMO = "demo";

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationService.class);

  private final OrganisationProperties properties;
  private final DatabaseLock lock;
  private final ApplicationEventPublisher events;
  private final OrganisationSynchronizer synchronizer;
  private final AppliedVersions versions;
  private final IdentityService identityService;
  private volatile Organisation organisation = new Organisation(List.of(), List.of());
  private volatile boolean running;

  OrganisationService(
      OrganisationProperties properties,
      OrganisationSynchronizer synchronizer,
      AppliedVersions versions,
      IdentityService identityService,
      DatabaseLock lock,
      ApplicationEventPublisher events) {
    this.lock = lock;
    this.events = events;
    this.properties = properties;
    this.synchronizer = synchronizer;
    this.versions = versions;
    this.identityService = identityService;
  }

  @Override
  public void start() {
    AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
    reload();
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  /**
   * Reads the files again and applies them, in one transaction under the organisation lock (a
   * second node starting at the same time waits, then finds nothing to change); safe to call at
   * any time (idempotent). A file older than the one applied before (its {@code version}), or
   * with the applied version but another content, is refused: {@link OrganisationFileException}
   * and nothing changes.
   */
  public synchronized OrganisationSynchronizer.Changes reload() {
    Map<String, OrganisationFile> files = load();
    return apply(merge(files), () -> files.forEach(versions::admit));
  }

  /**
   * Applies an organisation (with the built-in administrators' group), in one transaction under
   * the organisation lock. New demo officers get the demo password, others an unknown one.
   */
  public synchronized OrganisationSynchronizer.Changes apply(Organisation fromFiles) {
    return apply(fromFiles, () -> {});
  }

  private OrganisationSynchronizer.Changes apply(Organisation fromFiles, Runnable checkUnderLock) {
    Set<String> demoUsers = new HashSet<>();
    if (properties.demoEnabled()) {
      OrganisationReader.read(resource(OrganisationProperties.DEMO_FILE)).users()
          .forEach(user -> demoUsers.add(user.id()));
    }
    OrganisationSynchronizer.Changes changes =
        lock.withLock(
            DatabaseLock.ORGANISATION,
            () -> {
              checkUnderLock.run();
              return synchronizer.apply(
                  withAdministrators(fromFiles),
                  member ->
                      demoUsers.contains(member.id()) && properties.demoPassword() != null
                          ? properties.demoPassword()
                          : Passwords.random(
                              identityService, member.id(), member.firstName(), member.lastName(), member.email()));
            });
    organisation = fromFiles;
    RoleFunctions.use(fromFiles.roles());
    if (!changes.none()) {
      events.publishEvent(new IdentitiesChangedEvent("organisation: " + changes));
    }
    return changes;
  }

  /** The organisation as last loaded (without the built-in administrators' group). */
  public Organisation organisation() {
    return organisation;
  }

  /** The files by source ({@code province}, {@code demo}); each must carry a {@code version}. */
  Map<String, OrganisationFile> load() {
    Map<String, OrganisationFile> files = new LinkedHashMap<>();
    if (properties.file() != null) {
      files.put(PROVINCE, OrganisationReader.readFile(properties.file()));
    }
    if (properties.demoEnabled()) {
      files.put(DEMO, OrganisationReader.readFile(resource(OrganisationProperties.DEMO_FILE)));
    }
    for (OrganisationFile file : files.values()) {
      if (file.version() == null) {
        throw new OrganisationFileException(
            file.file(), "thiếu 'version' (vd. version: 1 ở đầu tệp), số nguyên tăng lên mỗi lần sửa tệp");
      }
    }
    if (files.isEmpty()) {
      LOG.warn(
          "No organisation file (kstthc.organisation.file) and the demo organisation is off: "
              + "only the administrator exists");
    }
    return files;
  }

  private static Organisation merge(Map<String, OrganisationFile> files) {
    List<Organisation.Group> groups = new ArrayList<>();
    List<Organisation.Member> users = new ArrayList<>();
    Map<String, List<String>> roles = new LinkedHashMap<>();
    for (OrganisationFile file : files.values()) {
      // A role held in both files is held by the groups of both.
      file.organisation().roles().forEach((role, holders) -> roles.merge(role, holders,
          (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList()));
      Organisation part = file.organisation();
      for (Organisation.Group group : part.groups()) {
        if (groups.stream().anyMatch(g -> g.id().equals(group.id()))) {
          throw new OrganisationFileException(file.file(), "nhóm '" + group.id() + "' đã có ở tệp khác");
        }
        groups.add(group);
      }
      for (Organisation.Member user : part.users()) {
        if (users.stream().anyMatch(u -> u.id().equals(user.id()))) {
          throw new OrganisationFileException(file.file(), "người dùng '" + user.id() + "' đã có ở tệp khác");
        }
        users.add(user);
      }
    }
    return new Organisation(groups, users, roles);
  }

  private Organisation withAdministrators(Organisation organisation) {
    List<Organisation.Group> groups = new ArrayList<>(organisation.groups());
    groups.removeIf(group -> group.id().equals(OrganisationProperties.ADMIN_GROUP));
    groups.add(
        AdministratorPlugin.ADMIN_GROUP);
    return new Organisation(groups, organisation.users(), organisation.roles());
  }

  private static Resource resource(String location) {
    return new DefaultResourceLoader().getResource(location);
  }
}
