package vn.kstthc.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import vn.kstthc.platform.DatabaseLock;
import vn.kstthc.platform.IdentitiesChangedEvent;

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

  private final OrganisationProperties properties;
  private final DatabaseLock lock;
  private final ApplicationEventPublisher events;
  private final OrganisationSynchronizer synchronizer;
  private final IdentityService identityService;
  private volatile Organisation organisation = new Organisation(List.of(), List.of());

  OrganisationService(
      OrganisationProperties properties,
      OrganisationSynchronizer synchronizer,
      IdentityService identityService,
      DatabaseLock lock,
      ApplicationEventPublisher events) {
    this.lock = lock;
    this.events = events;
    this.properties = properties;
    this.synchronizer = synchronizer;
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    reload();
  }

  /**
   * Reads the files again and applies them, in one transaction under the organisation lock (a
   * second node starting at the same time waits, then finds nothing to change); safe to call at
   * any time (idempotent).
   */
  public synchronized OrganisationSynchronizer.Changes reload() {
    return apply(load());
  }

  /**
   * Applies an organisation (with the built-in administrators' group), in one transaction under
   * the organisation lock. New demo officers get the demo password, others an unknown one.
   */
  public synchronized OrganisationSynchronizer.Changes apply(Organisation fromFiles) {
    Set<String> demoUsers = new HashSet<>();
    if (properties.demoEnabled()) {
      OrganisationReader.read(resource(OrganisationProperties.DEMO_FILE)).users()
          .forEach(user -> demoUsers.add(user.id()));
    }
    OrganisationSynchronizer.Changes changes =
        lock.withLock(
            DatabaseLock.ORGANISATION,
            () ->
                synchronizer.apply(
                    withAdministrators(fromFiles),
                    member ->
                        demoUsers.contains(member.id()) && properties.demoPassword() != null
                            ? properties.demoPassword()
                            : Passwords.random(
                                identityService, member.id(), member.firstName(), member.lastName(), member.email())));
    organisation = fromFiles;
    if (!changes.none()) {
      events.publishEvent(new IdentitiesChangedEvent("organisation: " + changes));
    }
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
        AdministratorPlugin.ADMIN_GROUP);
    return new Organisation(groups, organisation.users());
  }

  private static Resource resource(String location) {
    return new DefaultResourceLoader().getResource(location);
  }
}
