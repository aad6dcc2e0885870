package vn.kstthc.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Opens a task with its decision fields empty: when a user task is created, the variables of the
 * fields its Camunda Form marks {@value FormDefinition#OPENS_BLANK_PROPERTY} are taken out of the
 * case. Why: Tasklist fills a form from the case's variables of the same name, so a check that runs
 * again after a return would open with the previous "trả lại" (or "đạt") already chosen, one click
 * from deciding a dossier nobody looked at. The removal happens before the officer sees the task,
 * so what the gateway after the task reads is always what the officer has just submitted.
 *
 * <p>A variable is removed from the nearest scope holding a value, then from the enclosing ones,
 * until the task sees none; a scope's own empty variable (an input parameter without value) already
 * hides the case's value and stays.
 */
public class BlankDecisions implements TaskListener {

  /** Marked keys per deployed form definition (a deployed form never changes). */
  private final Map<String, List<String>> blankKeys = new ConcurrentHashMap<>();
  /**
   * The same, per deployment and form key for a form bound to its deployment (what the README asks
   * for): no query when a task is created.
   */
  private final Map<String, List<String>> bound = new ConcurrentHashMap<>();

  @Override
  public void notify(DelegateTask delegate) {
    TaskEntity task = (TaskEntity) delegate;
    ExecutionEntity execution = task.getExecution();
    if (execution == null || task.getTaskDefinition() == null) {
      return; // a standalone task or a case task: no process variables to hide
    }
    for (String key : blankKeys(task)) {
      while (seesValue(execution, key)) {
        execution.removeVariable(key);
      }
    }
  }

  /** Whether the execution sees a value under the key, without deserializing an object. */
  private static boolean seesValue(ExecutionEntity execution, String key) {
    TypedValue value = execution.getVariableTyped(key, false);
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized() != null;
    }
    return value != null && value.getValue() != null;
  }

  private List<String> blankKeys(TaskEntity task) {
    TaskFormData form = task.getTaskDefinition().getTaskFormHandler().createTaskForm(task);
    CamundaFormRef ref = form.getCamundaFormRef();
    if (ref == null) {
      return List.of(); // no Camunda Form (the README asks for one per task)
    }
    String boundKey = DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(ref.getBinding())
        ? form.getDeploymentId() + "#" + ref.getKey() : null;
    List<String> keys = boundKey == null ? null : bound.get(boundKey);
    if (keys != null) {
      return keys;
    }
    CommandContext commandContext = Context.getCommandContext();
    CamundaFormDefinition definition =
        commandContext.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
    if (definition == null) {
      return List.of(); // the engine reports the missing form when Tasklist asks for it
    }
    keys = blankKeys.computeIfAbsent(definition.getId(), id -> read(commandContext, definition));
    if (boundKey != null) {
      bound.put(boundKey, keys);
    }
    return keys;
  }

  private static List<String> read(CommandContext commandContext, CamundaFormDefinition definition) {
    ResourceEntity resource = commandContext.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
    try (ByteArrayInputStream json = new ByteArrayInputStream(resource.getBytes())) {
      return FormDefinition.parse(json).blankOnOpen();
    } catch (IOException e) {
      throw new ProcessEngineException("Không đọc được biểu mẫu " + definition.getResourceName() + ": " + e.getMessage(), e);
    }
  }
}
