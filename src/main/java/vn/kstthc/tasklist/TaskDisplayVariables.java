package vn.kstthc.tasklist;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import vn.kstthc.procedure.CaseVariables;

/**
 * Copies the variables that identify a case into each new user task, as task variables under
 * their own names ({@code tieuDe} to {@code hienThiTieuDe}...), so that Tasklist can show them on
 * the task in the filter list.
 *
 * <p>Why a copy: with {@code enforce-specific-variable-permission} an officer reads a process's
 * variables through the task (READ_VARIABLE on the task, granted with the task) but the query
 * Tasklist uses for the list columns only returns the task's own variables for that permission
 * (process variables need READ_INSTANCE_VARIABLE on the whole definition, which would open every
 * case of the process to every unit). The copies carry other names so that the process's own
 * variables stay single: forms, history and reports keep reading {@code tieuDe}, and an edit of
 * {@code tieuDe} during the task still reaches the process. A copy is taken when the task is
 * created and is not updated afterwards.
 *
 * <p>A step that comes again in the same case is marked as returned ({@link #RETURNED}: "2 lần"):
 * in our processes a step only runs again when the case was sent back to it (the "trả lại để bổ
 * sung" loops), so "how many times this step already ended in this case" is the mark, the same for
 * every process, without knowing each process's return field. It is counted from the history of
 * the case's tasks, which every history level of the platform keeps (none: no mark). In a
 * multi-instance step (one task per unit, {@code camunda:elementVariable="donVi"}) only the earlier
 * runs for the same element count: a unit's part sent back runs the step again for that unit alone,
 * and the other units' earlier tasks are no returns of it. The element of an earlier run is read from
 * the history of its execution's variables (kept from the AUDIT level on).
 */
public class TaskDisplayVariables implements TaskListener {

  /** Process variable, by convention of every process, to its copy in the task. */
  public static final Map<String, String> COPIES =
      Map.of(
          CaseVariables.MA_SO_HO_SO.name(), "hienThiMaSoHoSo",
          CaseVariables.TIEU_DE.name(), "hienThiTieuDe",
          CaseVariables.TEN_THU_TUC.name(), "hienThiTenThuTuc");

  /** Task variable set when the step already ended before in the case: how many times it was returned. */
  public static final String RETURNED = "hienThiTraLai";

  @Override
  public void notify(DelegateTask task) {
    COPIES.forEach(
        (source, copy) -> {
          TypedValue value = task.getVariableTyped(source);
          if (value != null && value.getValue() != null) {
            task.setVariableLocal(copy, value);
          }
        });
    long returns = earlierRuns(task);
    if (returns > 0) {
      task.setVariableLocal(RETURNED, returns + " lần");
    }
  }

  /**
   * Ended tasks of the same step in the same case. Read without the current user's authorizations:
   * the officer who sends a case back may not read the history of the unit's earlier task.
   */
  private static long earlierRuns(DelegateTask task) {
    if (task.getProcessInstanceId() == null || startedInThisCommand(task)) {
      return 0;
    }
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      HistoryService history = task.getProcessEngineServices().getHistoryService();
      HistoricTaskInstanceQuery earlier = history.createHistoricTaskInstanceQuery()
          .processInstanceId(task.getProcessInstanceId())
          .taskDefinitionKey(task.getTaskDefinitionKey())
          .finished();
      String element = elementVariable(task);
      if (element == null) {
        return earlier.count();
      }
      Object current = task.getExecution().getVariableLocal(element);
      String[] executions = earlier.list().stream()
          .map(HistoricTaskInstance::getExecutionId)
          .toArray(String[]::new);
      if (executions.length == 0) {
        return 0L;
      }
      // one element variable per run: the run's own execution holds it (a non-scope user task)
      return history.createHistoricVariableInstanceQuery()
          .executionIdIn(executions)
          .variableName(element)
          .includeDeleted()
          .list().stream()
          .filter(variable -> Objects.equals(variable.getValue(), current))
          .count();
    });
  }

  /**
   * Whether the case was started by the command that creates this task (a case's first steps, 3 %
   * of the CPU of a start when queried, issue 23). Then no earlier run can be found: the history of
   * the case's tasks is written to the database when the command that made it ends, and this
   * command is the first with the case's new id, so the query is skipped. The engine knows it from
   * its cache of the command's entities: the case's execution is still to be inserted.
   */
  private static boolean startedInThisCommand(DelegateTask task) {
    ExecutionEntity instance = ((ExecutionEntity) task.getExecution()).getProcessInstance();
    return Context.getCommandContext().getDbEntityManager().getDbEntityCache().isTransient(instance);
  }

  /** The element variable of a multi-instance step, or null for a step that runs once at a time. */
  private static String elementVariable(DelegateTask task) {
    UserTask step = task.getBpmnModelElementInstance();
    if (step != null
        && step.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
      return loop.getCamundaElementVariable();
    }
    return null;
  }
}
