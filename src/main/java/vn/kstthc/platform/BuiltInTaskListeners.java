package vn.kstthc.platform;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A platform rule on every user task of every process, as a built-in create listener (it runs even
 * when custom listeners are skipped): no BPMN has to remember it.
 */
public final class BuiltInTaskListeners {

  private BuiltInTaskListeners() {}

  /** Adds {@code listener} on the creation of every user task parsed from now on. */
  public static void onCreate(ProcessEngineConfigurationImpl configuration, TaskListener listener) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
          }
        });
  }
}
