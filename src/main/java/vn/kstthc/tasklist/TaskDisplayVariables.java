package vn.kstthc.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.value.TypedValue;
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
 * the case's tasks, which every history level of the platform keeps (none: no mark).
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
    if (task.getProcessInstanceId() == null) {
      return 0;
    }
    return Context.getCommandContext().runWithoutAuthorization(
        () -> task.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .taskDefinitionKey(task.getTaskDefinitionKey())
            .finished()
            .count());
  }
}
