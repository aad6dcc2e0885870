package vn.kstthc.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/**
 * The authorizations a group gets from its {@link GroupKind}. Nothing here grants a unit (officers)
 * READ on all tasks, READ_TASK on a definition or READ on all instances: a unit sees a task only
 * through the authorization the engine creates when the unit becomes its candidate group (READ +
 * TASK_WORK + READ_VARIABLE, and READ on its history). Supervisors read everything, act on nothing.
 */
public final class AuthorizationPlan {

  public static final String TASKLIST = "tasklist";
  public static final String COCKPIT = "cockpit";

  /** One GRANT authorization of a group. */
  public record Grant(String groupId, Resource resource, String resourceId, Set<Permission> permissions) {
    public Grant {
      permissions = Set.copyOf(permissions);
    }

    /** Permissions as the engine stores them (a bit mask), for comparison with what exists. */
    public int mask() {
      return permissions.stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
    }
  }

  private AuthorizationPlan() {}

  /**
   * Whether an existing authorization is one this plan owns, and so may be updated or removed:
   * those on any resource id ({@code *}) and those on applications and process definitions. The
   * engine's own per-task and per-group authorizations and the filters' are left alone.
   */
  public static boolean isManaged(int resourceType, String resourceId) {
    return ANY.equals(resourceId)
        || resourceType == Resources.APPLICATION.resourceType()
        || resourceType == Resources.PROCESS_DEFINITION.resourceType();
  }

  public static List<Grant> grantsFor(Organisation.Group group) {
    List<Grant> grants = new ArrayList<>();
    String id = group.id();
    switch (group.kind()) {
      case OFFICERS -> {
        grants.add(grant(id, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
        grants.add(grant(id, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));
        for (String key : new LinkedHashSet<>(group.starts())) {
          grants.add(
              grant(
                  id,
                  Resources.PROCESS_DEFINITION,
                  key,
                  ProcessDefinitionPermissions.READ,
                  ProcessDefinitionPermissions.CREATE_INSTANCE));
        }
        if (!group.starts().isEmpty()) {
          grants.add(grant(id, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
        }
        grants.addAll(directory(id));
      }
      case SUPERVISORS -> {
        grants.add(grant(id, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
        grants.add(grant(id, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
        grants.add(
            grant(
                id,
                Resources.PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_TASK_VARIABLE,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE));
        grants.add(grant(id, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ));
        // Cockpit's "Human tasks" dashboard counts open tasks per group (the task report), which
        // asks READ on all tasks; READ_TASK above already shows supervisors every task.
        grants.add(grant(id, Resources.TASK, ANY, TaskPermissions.READ));
        grants.add(
            grant(id, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ));
        grants.add(
            grant(
                id,
                Resources.HISTORIC_TASK,
                ANY,
                HistoricTaskPermissions.READ,
                HistoricTaskPermissions.READ_VARIABLE));
        grants.add(
            grant(
                id,
                Resources.DECISION_DEFINITION,
                ANY,
                Permissions.READ,
                Permissions.READ_HISTORY));
        grants.add(grant(id, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
        grants.add(grant(id, Resources.DEPLOYMENT, ANY, Permissions.READ));
        grants.add(
            grant(id, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));
        grants.addAll(directory(id));
      }
      case PROCESS_OWNERS -> {
        grants.add(grant(id, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
        grants.add(grant(id, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ));
        grants.add(grant(id, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));
        grants.add(grant(id, Resources.DECISION_DEFINITION, ANY, Permissions.READ));
        grants.add(grant(id, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
        grants.addAll(directory(id));
      }
      case ADMINISTRATORS -> {
        for (Resources resource : EnumSet.allOf(Resources.class)) {
          grants.add(grant(id, resource, ANY, Permissions.ALL));
        }
      }
      case INTEGRATION -> {
        // nothing in the engine: POST /api/pakn checks the kind itself and starts the case as the
        // application, so a client's account can neither read nor start anything else
      }
    }
    return grants;
  }

  /** Names of officers and units, shown in Tasklist (assignee, candidate groups). */
  private static List<Grant> directory(String groupId) {
    return List.of(
        grant(groupId, Resources.USER, ANY, Permissions.READ),
        grant(groupId, Resources.GROUP, ANY, Permissions.READ));
  }

  private static Grant grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(groupId, resource, resourceId, Set.of(permissions));
  }
}
