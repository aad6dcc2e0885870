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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the deployed Camunda Form of a task or a start event, as the calling officer (who must be
 * allowed to work the task or to see the process), and what checking a submission against it needs. A
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
   * The task's form, or null when the officer may not work the task or it does not exist (the
   * engine then answers 403 or 404 itself). One command reads the task once (no authorization
   * SQL), asks the engine's own completion rule once, and takes the form reference from the
   * deployed definition and the values from the task: none of the services, which would each read
   * the task and check access again.
   */
  Target forTask(String taskId) {
    return commandExecutor().execute(commandContext -> {
      try {
        TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
        if (task == null || !mayWork(commandContext, task)) {
          return null;
        }
        CamundaFormRef ref = task.getTaskDefinition() == null
            ? null // a standalone task has no form
            : task.getTaskDefinition().getTaskFormHandler().createTaskForm(task).getCamundaFormRef();
        if (ref == null) {
          return new Target(null, null);
        }
        String cacheKey = stable(ref) ? task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey() : null;
        FormDefinition form = load(cacheKey, () -> engine.getFormService().getDeployedTaskForm(taskId));
        return new Target(form, context(plainValues(task.getVariablesTyped(false))));
      } catch (ProcessEngineException e) {
        LOG.debug("No form check for task {}: {}", taskId, e.getMessage());
        return null;
      }
    });
  }

  /**
   * What the engine checks when the task is completed, submitted or resolved (every command
   * checker's checkTaskWork: TASK_WORK or UPDATE on the task or its definition, one authorization
   * query, and the task's tenant), asked beforehand. The grants the organisation gives an officer
   * to work a task always come with reading it (see AuthorizationPlan), so an officer who may
   * work the task is exactly one who may see it and its form.
   */
  private static boolean mayWork(CommandContext commandContext, TaskEntity task) {
    try {
      for (CommandChecker checker : commandContext.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
      return true;
    } catch (ProcessEngineException e) {
      return false; // an AuthorizationException, or the task's tenant is not the officer's
    }
  }

  private CommandExecutor commandExecutor() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  /** The start form of a process definition, or null when the officer may not see it. */
  Target forStart(String processDefinitionId) {
    return commandExecutor().execute(commandContext -> {
      try {
        ProcessDefinitionEntity definition = commandContext.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(processDefinitionId);
        // What the engine's GetStartFormCmd checks: READ on the definition (one query) and its tenant.
        for (CommandChecker checker : commandContext.getProcessEngineConfiguration().getCommandCheckers()) {
          checker.checkReadProcessDefinition(definition);
        }
        return startTarget(definition);
      } catch (ProcessEngineException e) {
        LOG.debug("No form check for the start of {}: {}", processDefinitionId, e.getMessage());
        return null;
      }
    });
  }

  /**
   * The start form of the latest version of a process (of a tenant, or without one) that the
   * officer may read: the engine's query, with its authorization and tenant checks, is the only
   * look-up; the definition itself comes from the deployment cache.
   */
  Target forStartByKey(String key, String tenantId) {
    return commandExecutor().execute(commandContext -> {
      ProcessDefinitionQueryImpl query = new ProcessDefinitionQueryImpl();
      query.processDefinitionKey(key).latestVersion();
      if (tenantId == null) {
        query.withoutTenantId();
      } else {
        query.tenantIdIn(tenantId);
      }
      try {
        ProcessDefinition found = query.executeSingleResult(commandContext);
        return found == null ? null : startTarget(commandContext.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(found.getId()));
      } catch (ProcessEngineException e) {
        LOG.debug("No form check for the start of {}: {}", key, e.getMessage());
        return null;
      }
    });
  }

  private Target startTarget(ProcessDefinitionEntity definition) {
    CamundaFormRef ref = definition.getStartFormHandler().createStartFormData(definition).getCamundaFormRef();
    if (ref == null) {
      return new Target(null, null);
    }
    String id = definition.getId();
    FormDefinition form = load(stable(ref) ? id + "#start" : null, () -> engine.getFormService().getDeployedStartForm(id));
    return new Target(form, context(Map.of()));
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
