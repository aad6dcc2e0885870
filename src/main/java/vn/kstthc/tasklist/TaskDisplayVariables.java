package vn.kstthc.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
 */
public class TaskDisplayVariables implements TaskListener {

  /** Process variable, by convention of every process, to its copy in the task. */
  public static final Map<String, String> COPIES =
      Map.of(
          CaseVariables.MA_SO_HO_SO.name(), "hienThiMaSoHoSo",
          CaseVariables.TIEU_DE.name(), "hienThiTieuDe",
          CaseVariables.TEN_THU_TUC.name(), "hienThiTenThuTuc");

  @Override
  public void notify(DelegateTask task) {
    COPIES.forEach(
        (source, copy) -> {
          TypedValue value = task.getVariableTyped(source);
          if (value != null && value.getValue() != null) {
            task.setVariableLocal(copy, value);
          }
        });
  }
}
