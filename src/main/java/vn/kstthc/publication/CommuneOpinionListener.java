package vn.kstthc.publication;

import static vn.kstthc.publication.CongBoTthcProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * End listener of one commune's sub-process ({@code ${ghiNhanYKienXa}}): adds the commune's answer,
 * or "không có ý kiến" when its deadline passed unanswered (seed 003 C.I.8: silence blocks nothing),
 * to the list the drafting unit reads. The sub-processes' timers are exclusive jobs of one instance,
 * so two communes never append at the same time.
 */
@Component("ghiNhanYKienXa")
public class CommuneOpinionListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String commune = XA.from(execution);
    String answer = Y_KIEN_XA.from(execution);
    String line = unitName(execution, commune) + ": " + (answer == null || answer.isBlank() ? KHONG_CO_Y_KIEN : answer);
    String before = Y_KIEN_CAC_XA.from(execution.getProcessInstance());
    Y_KIEN_CAC_XA.set(execution.getProcessInstance(), before == null ? line : before + "\n" + line);
  }

  private static String unitName(DelegateExecution execution, String groupId) {
    // the commune's officer may not read groups: the name is the procedure's to show
    Group group = Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
        .getIdentityService().createGroupQuery().groupId(groupId).singleResult());
    return group == null || group.getName() == null ? groupId : group.getName();
  }
}
