package vn.kstthc.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.kstthc.platform.ProcessTests;

/** A group's managed authorizations are read without the engine's per-task ones. */
class GroupAuthorizationsTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  @AfterEach
  void clean() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    authorizations.createAuthorizationQuery().groupIdIn("don-vi-a").list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  @Test
  void theEnginesGrantsOnTasksAndTheirHistoryAreNotRead() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    grant(Resources.TASK, "task-1");
    grant(Resources.HISTORIC_TASK, "task-1");
    grant(Resources.TASK, Authorization.ANY);
    grant(Resources.APPLICATION, "tasklist");
    grant(Resources.PROCESS_DEFINITION, "giao-viec");

    List<String> read = GroupAuthorizations.managed(authorizations, "don-vi-a").stream()
        .map(a -> a.getResourceType() + "/" + a.getResourceId()).toList();

    assertThat(read).containsExactlyInAnyOrder(
        Resources.TASK.resourceType() + "/*",
        Resources.APPLICATION.resourceType() + "/tasklist",
        Resources.PROCESS_DEFINITION.resourceType() + "/giao-viec");
  }

  private static void grant(Resource resource, String resourceId) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId("don-vi-a");
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(resource == Resources.HISTORIC_TASK ? HistoricTaskPermissions.READ : resource == Resources.APPLICATION ? Permissions.ACCESS : Permissions.READ);
    authorizations.saveAuthorization(authorization);
  }
}
