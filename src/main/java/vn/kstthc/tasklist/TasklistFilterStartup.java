package vn.kstthc.tasklist;

import org.springframework.boot.ApplicationArguments;
import vn.kstthc.platform.DatabaseLock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.kstthc.organisation.OrganisationService;

/**
 * At every start, after the organisation has been applied ({@code OrganisationService} applies
 * it before the web server opens; runners come later) and before the application is ready: the
 * shared Tasklist filters are created or brought up to date and shared with the organisation's
 * groups.
 */
@Component
@Order(10)
class TasklistFilterStartup implements ApplicationRunner {

  private final OrganisationService organisationService;
  private final TasklistFilterSynchronizer synchronizer;
  private final DatabaseLock lock;

  TasklistFilterStartup(
      OrganisationService organisationService, TasklistFilterSynchronizer synchronizer, DatabaseLock lock) {
    this.organisationService = organisationService;
    this.synchronizer = synchronizer;
    this.lock = lock;
  }

  /** Under the organisation lock: two nodes starting together do not create the filters twice. */
  @Override
  public void run(ApplicationArguments args) {
    lock.withLock(
        DatabaseLock.ORGANISATION,
        () -> {
          synchronizer.apply(TasklistFilters.ALL, organisationService.organisation());
          return null;
        });
  }
}
