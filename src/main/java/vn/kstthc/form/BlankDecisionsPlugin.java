package vn.kstthc.form;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

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
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, blankDecisions);
          }
        });
  }
}
