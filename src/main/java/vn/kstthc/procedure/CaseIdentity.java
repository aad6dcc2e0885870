package vn.kstthc.procedure;

import java.time.ZoneId;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.kstthc.platform.GlobalListenersPlugin;
import vn.kstthc.platform.GlobalProcessListener;

/**
 * Gives every case, when it starts and before its first task, what officers recognise it by: a
 * case number from its procedure's sequence (when the process names a prefix in its extension
 * property {@value CaseVariables#CASE_NUMBER_PREFIX_PROPERTY}), also set as the business key, and
 * the procedure's name. A number given by an administrator or a calling procedure is kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CaseIdentity implements GlobalProcessListener {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final CaseNumbers caseNumbers;

  public CaseIdentity(CaseNumbers caseNumbers) {
    this.caseNumbers = caseNumbers;
  }

  @Override
  public Set<String> processEvents() {
    return Set.of(ExecutionListener.EVENTNAME_START);
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!((ExecutionEntity) execution).isProcessInstanceExecution()) {
      return;
    }
    ProcessDefinitionEntity definition = ((ExecutionEntity) execution).getProcessDefinition();
    if (CaseVariables.TEN_THU_TUC.from(execution) == null && definition.getName() != null) {
      CaseVariables.TEN_THU_TUC.set(execution, definition.getName());
    }
    String prefix = GlobalListenersPlugin.extensionProperties(definition).get(CaseVariables.CASE_NUMBER_PREFIX_PROPERTY);
    if (prefix == null || prefix.isBlank()) {
      return;
    }
    String number = CaseVariables.MA_SO_HO_SO.from(execution);
    if (number == null || number.isBlank()) {
      int year = ClockUtil.getCurrentTime().toInstant().atZone(VIETNAM).getYear();
      number = caseNumbers.next(prefix.trim(), year);
      CaseVariables.MA_SO_HO_SO.set(execution, number);
      execution.setProcessBusinessKey(number);
    } else if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(number);
    }
  }
}
