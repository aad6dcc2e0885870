package vn.kstthc.form;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.kstthc.platform.BuiltInTaskListeners;

/**
 * Adds {@link BlankDecisions} to every user task of every process, as a built-in create listener:
 * a platform rule, not something each BPMN must remember. Also used by the in-memory engine of the
 * process tests, so that they see what the application does.
 */
@Component
public class BlankDecisionsPlugin extends AbstractProcessEnginePlugin {

  private final TaskListener blankDecisions = new BlankDecisions();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BuiltInTaskListeners.onCreate(configuration, blankDecisions);
  }
}
