package vn.kstthc.procedure;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Starts a case from a step of another one (a delegate): as the procedure, not as the officer whose
 * completion reached the step. Without the officer's authorizations (they may not start that
 * process) and without their authentication, so that the engine records no starter: the case does
 * not appear among the officer's "Hồ sơ tôi đã khởi tạo" (the chair who signs did not start the
 * publicity), and a start event's initiator variable stays empty.
 */
public final class FollowUpCases {

  private FollowUpCases() {}

  public static ProcessInstance start(DelegateExecution execution, String processKey, Map<String, Object> variables) {
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    Authentication officer = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return Context.getCommandContext().runWithoutAuthorization(() ->
          execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(processKey, variables));
    } finally {
      if (officer != null) {
        identity.setAuthentication(officer);
      }
    }
  }
}
