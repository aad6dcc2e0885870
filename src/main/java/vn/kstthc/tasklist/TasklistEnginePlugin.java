package vn.kstthc.tasklist;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.kstthc.platform.BuiltInTaskListeners;

/**
 * Adds {@link TaskDisplayVariables} to every user task of every process, as a built-in listener
 * (it runs even when custom listeners are skipped). Also used by the in-memory engine of the
 * process tests, so that they see what the application does.
 */
@Component
public class TasklistEnginePlugin extends AbstractProcessEnginePlugin {

  private static final TaskListener DISPLAY_VARIABLES = new TaskDisplayVariables();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BuiltInTaskListeners.onCreate(configuration, DISPLAY_VARIABLES);
  }
}
