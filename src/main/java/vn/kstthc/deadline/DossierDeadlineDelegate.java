package vn.kstthc.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;
import vn.kstthc.platform.ProcessVariable;

/**
 * A service task {@code camunda:delegateExpression="${datHanXuLyHoSo}"} that sets the dossier's
 * deadline as the process rules say, e.g. 15 working days instead of 10 when communes are
 * consulted. Its inputs (Modeler: Inputs): {@code han}, a deadline counted like the process's
 * {@code hanXuLyHoSo} ({@code P15D} from the dossier's start, or {@code hanXuLyTinhTu}), and {@code
 * lyDo}, the reason recorded with it ("Lấy ý kiến cấp xã: 15 ngày làm việc"). Goes through {@link
 * DossierDeadlines#set}: recorded as an extension by this step, never by writing the variable.
 */
@Component("datHanXuLyHoSo")
public class DossierDeadlineDelegate implements JavaDelegate {

  /** Input of the service task: the new deadline. */
  public static final ProcessVariable<String> HAN = ProcessVariable.of("han", String.class);
  /** Input of the service task: why. */
  public static final ProcessVariable<String> LY_DO = ProcessVariable.of("lyDo", String.class);

  private final DossierDeadlines deadlines;

  DossierDeadlineDelegate(DossierDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution.getProcessInstance();
    // the act is the process's, by this step, not that of the officer whose completion reached it
    String step = "quy-trinh:" + instance.getProcessDefinition().getKey() + "/" + execution.getCurrentActivityId();
    deadlines.set(instance, HAN.from(execution), LY_DO.from(execution), step);
  }
}
