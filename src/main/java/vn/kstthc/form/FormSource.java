package vn.kstthc.form;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the deployed Camunda Form of a task or a start event, as the calling officer (who must be
 * allowed to see the task or the process), and what checking a submission against it needs. A
 * form bound to its deployment or to a version never changes, so it is read once per process
 * definition and element.
 */
public class FormSource {

  private static final Logger LOG = LoggerFactory.getLogger(FormSource.class);
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** A form to check against (null when the step has none) and the values around it. */
  public record Target(FormDefinition form, FormContract.Context context) {}

  private final ProcessEngine engine;
  private final Map<String, FormDefinition> cache = new ConcurrentHashMap<>();

  private final UnitChoices units;

  public FormSource(ProcessEngine engine, UnitChoices units) {
    this.engine = engine;
    this.units = units;
  }

  boolean isAdministrator(Authentication user) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
    List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
    return adminUsers.contains(user.getUserId())
        || (user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(adminGroups::contains));
  }

  /**
   * The task's form, or null when the officer may not see the task (the engine then refuses). One
   * command for all the look-ups: they share its entity cache, so the task is read from the
   * database once, not by each of them.
   */
  Target forTask(String taskId) {
    TaskService tasks = engine.getTaskService();
    FormService formService = engine.getFormService();
    try {
      return commandExecutor().execute(commandContext -> {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !mayWork(commandContext, task)) {
          return null; // the engine answers 404 or 403, as it would without forms
        }
        CamundaFormRef ref = formService.getTaskFormData(taskId).getCamundaFormRef();
        if (ref == null) {
          return new Target(null, null);
        }
        String cacheKey = stable(ref) ? task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey() : null;
        FormDefinition form = load(cacheKey, () -> formService.getDeployedTaskForm(taskId));
        Map<String, Object> current = plainValues(tasks.getVariablesTyped(taskId, false));
        return new Target(form, context(current));
      });
    } catch (ProcessEngineException e) {
      LOG.debug("No form check for task {}: {}", taskId, e.getMessage());
      return null;
    }
  }

  /**
   * Camunda's own rule for completing a task (CommandChecker#checkTaskWork), asked beforehand: one
   * authorization query with the same four alternatives. The process definition is read through
   * the service, so an officer who may not read it is refused, as before.
   */
  private boolean mayWork(CommandContext commandContext, Task task) {
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    if (user == null || user.getUserId().equals(task.getAssignee())) {
      return true;
    }
    String definitionKey = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
    AuthorizationManager authorizations = commandContext.getAuthorizationManager();
    if (!commandContext.getProcessEngineConfiguration().isAuthorizationEnabled()
        || authorizations.isPermissionDisabled(TaskPermissions.TASK_WORK)
        || authorizations.isPermissionDisabled(Permissions.UPDATE)
        || authorizations.isPermissionDisabled(ProcessDefinitionPermissions.TASK_WORK)
        || authorizations.isPermissionDisabled(ProcessDefinitionPermissions.UPDATE_TASK)) {
      return true; // what AuthorizationService#isUserAuthorized answers for each alternative then
    }
    CompositePermissionCheck work = new PermissionCheckBuilder()
        .disjunctive()
        .atomicCheckForResourceId(Resources.TASK, task.getId(), TaskPermissions.TASK_WORK)
        .atomicCheckForResourceId(Resources.TASK, task.getId(), Permissions.UPDATE)
        .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, definitionKey, ProcessDefinitionPermissions.TASK_WORK)
        .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, definitionKey, ProcessDefinitionPermissions.UPDATE_TASK)
        .build();
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return authorizations.isAuthorized(user.getUserId(), groups, work);
  }

  private CommandExecutor commandExecutor() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  /** The start form of a process definition, or null when the officer may not see it. */
  Target forStart(String processDefinitionId) {
    try {
      CamundaFormRef ref = engine.getFormService().getStartFormData(processDefinitionId).getCamundaFormRef();
      if (ref == null) {
        return new Target(null, null);
      }
      FormDefinition form = load(stable(ref) ? processDefinitionId + "#start" : null,
          () -> engine.getFormService().getDeployedStartForm(processDefinitionId));
      return new Target(form, context(Map.of()));
    } catch (ProcessEngineException e) {
      LOG.debug("No form check for the start of {}: {}", processDefinitionId, e.getMessage());
      return null;
    }
  }

  /** The start form of the latest version of a process (of a tenant, or without one). */
  Target forStartByKey(String key, String tenantId) {
    RepositoryService repository = engine.getRepositoryService();
    ProcessDefinitionQuery query = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
    query = tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
    ProcessDefinition definition;
    try {
      definition = query.singleResult();
    } catch (ProcessEngineException e) {
      return null;
    }
    return definition == null ? null : forStart(definition.getId());
  }

  private static boolean stable(CamundaFormRef ref) {
    return "deployment".equals(ref.getBinding()) || "version".equals(ref.getBinding());
  }

  private interface FormStream {
    InputStream open();
  }

  private FormDefinition load(String cacheKey, FormStream stream) {
    if (cacheKey != null) {
      FormDefinition cached = cache.get(cacheKey);
      if (cached != null) {
        return cached;
      }
    }
    FormDefinition form;
    try (InputStream in = stream.open()) {
      form = FormDefinition.parse(in);
    } catch (IOException e) {
      throw new ProcessEngineException("Không đọc được biểu mẫu: " + e.getMessage(), e);
    }
    if (cacheKey != null) {
      cache.put(cacheKey, form);
    }
    return form;
  }

  /**
   * The task's values without deserializing objects (a value that cannot be deserialized must not
   * stop the check): an object or JSON value as its JSON text.
   */
  private static Map<String, Object> plainValues(org.camunda.bpm.engine.variable.VariableMap typed) {
    Map<String, Object> plain = new java.util.HashMap<>();
    for (String name : typed.keySet()) {
      org.camunda.bpm.engine.variable.value.TypedValue value = typed.getValueTyped(name);
      if (value instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable
          && !serializable.isDeserialized()) {
        plain.put(name, serializable.getValueSerialized());
      } else if (value != null) {
        plain.put(name, value.getValue());
      }
    }
    return plain;
  }

  private FormContract.Context context(Map<String, Object> current) {
    FeelEngine feel = feelEngine();
    return new FormContract.Context() {
      @Override
      public Object currentValue(String name) {
        return current.get(name);
      }

      @Override
      public Map<String, Object> currentValues() {
        return current;
      }

      @Override
      public boolean isWorkingUnit(String groupId, String role) {
        return units.ids(role).contains(groupId);
      }

      @Override
      public LocalDateTime now() {
        // The engine's clock, which tests (and the deadlines) share.
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), VIETNAM);
      }

      @Override
      public Boolean hidden(String feelCondition, Map<String, Object> data) {
        if (feel == null) {
          return null;
        }
        String expression = feelCondition.startsWith("=") ? feelCondition.substring(1) : feelCondition;
        try {
          Object result = feel.evaluateSimpleExpression(expression, Variables.fromMap(data).asVariableContext());
          return result instanceof Boolean hide ? hide : null;
        } catch (RuntimeException e) {
          return null;
        }
      }
    };
  }

  private FeelEngine feelEngine() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    return dmn == null ? null : dmn.getFeelEngine();
  }
}
