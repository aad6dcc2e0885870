package vn.kstthc.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.Test;
import vn.kstthc.organisation.AuthorizationPlan.Grant;

class AuthorizationPlanTest {

  private static List<Grant> grants(GroupKind kind, String... starts) {
    return AuthorizationPlan.grantsFor(new Organisation.Group("g", "Nhóm", kind, null, List.of(starts)));
  }

  @Test
  void officersNeverGetAWayToSeeOtherUnitsWork() {
    for (Grant grant : grants(GroupKind.OFFICERS, "giao-viec")) {
      assertThat(grant.resource()).isNotIn(Resources.TASK, Resources.HISTORIC_TASK, Resources.HISTORIC_PROCESS_INSTANCE);
      if (grant.resource() == Resources.PROCESS_INSTANCE) {
        assertThat(grant.permissions()).extracting(p -> p.getName()).containsExactly("CREATE");
      }
      if (grant.resource() == Resources.PROCESS_DEFINITION) {
        assertThat(grant.permissions())
            .doesNotContain(
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.UPDATE_TASK,
                ProcessDefinitionPermissions.TASK_WORK);
      }
    }
  }

  @Test
  void officersStartOnlyTheirProcesses() {
    assertThat(grants(GroupKind.OFFICERS, "giao-viec"))
        .filteredOn(g -> g.permissions().contains(ProcessDefinitionPermissions.CREATE_INSTANCE))
        .extracting(Grant::resourceId)
        .containsExactly("giao-viec");
    assertThat(grants(GroupKind.OFFICERS)).noneMatch(g -> g.resource() == Resources.PROCESS_INSTANCE);
  }

  @Test
  void supervisorsReadEverythingButWorkOnNothing() {
    List<Grant> grants = grants(GroupKind.SUPERVISORS);
    assertThat(grants).anyMatch(g -> g.resource() == Resources.PROCESS_INSTANCE && g.resourceId().equals(Authorization.ANY));
    // READ on all tasks (Cockpit's task dashboard), nothing that works on them
    assertThat(grants)
        .filteredOn(g -> g.resource() == Resources.TASK)
        .singleElement()
        .satisfies(g -> assertThat(g.permissions()).containsExactly(TaskPermissions.READ));
    assertThat(grants)
        .flatExtracting(Grant::permissions)
        .doesNotContain(ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK);
  }

  @Test
  void onlyProcessOwnersAndAdministratorsDeploy() {
    for (GroupKind kind : GroupKind.values()) {
      boolean deploys = grants(kind).stream().anyMatch(g -> g.resource() == Resources.DEPLOYMENT && (g.mask() & org.camunda.bpm.engine.authorization.Permissions.CREATE.getValue()) != 0);
      assertThat(deploys).as(kind.name()).isEqualTo(kind == GroupKind.PROCESS_OWNERS || kind == GroupKind.ADMINISTRATORS);
    }
  }

  @Test
  void theEnginesPerTaskAuthorizationsAreNotManaged() {
    assertThat(AuthorizationPlan.isManaged(Resources.TASK.resourceType(), "some-task-id")).isFalse();
    assertThat(AuthorizationPlan.isManaged(Resources.HISTORIC_TASK.resourceType(), "some-task-id")).isFalse();
    assertThat(AuthorizationPlan.isManaged(Resources.FILTER.resourceType(), "some-filter-id")).isFalse();
    assertThat(AuthorizationPlan.isManaged(Resources.PROCESS_DEFINITION.resourceType(), "giao-viec")).isTrue();
  }
}
