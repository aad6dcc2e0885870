package vn.kstthc.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds the application's {@link GlobalTaskListener}s to every user task and its {@link
 * GlobalProcessListener}s to every process, when a BPMN is parsed. The listener beans are looked up
 * when an event fires, not when the engine is built, so they may use the engine's services.
 */
@Component
public class GlobalListenersPlugin extends AbstractProcessEnginePlugin {

  private static final List<String> TASK_EVENTS =
      List.of(
          TaskListener.EVENTNAME_CREATE,
          TaskListener.EVENTNAME_ASSIGNMENT,
          TaskListener.EVENTNAME_COMPLETE,
          TaskListener.EVENTNAME_DELETE);
  private static final List<String> PROCESS_EVENTS =
      List.of(ExecutionListener.EVENTNAME_START, ExecutionListener.EVENTNAME_END);

  static final String EXTENSION_PROPERTIES = "kstthc.extensionProperties";

  private final ObjectProvider<GlobalTaskListener> taskListeners;
  private final ObjectProvider<GlobalProcessListener> processListeners;

  GlobalListenersPlugin(
      ObjectProvider<GlobalTaskListener> taskListeners,
      ObjectProvider<GlobalProcessListener> processListeners) {
    this.taskListeners = taskListeners;
    this.processListeners = processListeners;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new ParseListener());
  }

  private final class ParseListener extends AbstractBpmnParseListener {
    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition definition =
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      for (String event : TASK_EVENTS) {
        definition.addBuiltInTaskListener(event, new TaskDispatcher(event));
      }
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      processDefinition.setProperty(EXTENSION_PROPERTIES, extensionProperties(processElement));
      for (String event : PROCESS_EVENTS) {
        processDefinition.addBuiltInListener(event, new ProcessDispatcher(event));
      }
    }
  }

  /**
   * The {@code camunda:properties} of a process element (Modeler: "Extension properties" of the
   * process), which the engine itself keeps only for external tasks.
   */
  static Map<String, String> extensionProperties(Element processElement) {
    Map<String, String> properties = new LinkedHashMap<>();
    Element extensions = processElement.element("extensionElements");
    Element list = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (list != null) {
      for (Element property : list.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (property.attribute("name") != null) {
          properties.put(property.attribute("name"), property.attribute("value"));
        }
      }
    }
    return properties;
  }

  /** The process's extension properties, as read by {@link #extensionProperties(Element)}. */
  @SuppressWarnings("unchecked")
  public static Map<String, String> extensionProperties(ProcessDefinitionEntity processDefinition) {
    Object value = processDefinition.getProperty(EXTENSION_PROPERTIES);
    return value instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }

  /**
   * The listeners of one event, in order, looked up at its first firing and kept (they are
   * singletons): looking the beans up on every event cost more CPU than some listeners themselves
   * (about 2 % of an instance's in the benchmark). A race at the first firing only looks them up twice.
   */
  private final class TaskDispatcher implements TaskListener {
    private final String event;
    private volatile List<GlobalTaskListener> listeners;

    TaskDispatcher(String event) {
      this.event = event;
    }

    @Override
    public void notify(DelegateTask task) {
      if (listeners == null) {
        listeners = taskListeners.orderedStream().filter(listener -> listener.taskEvents().contains(event)).toList();
      }
      listeners.forEach(listener -> listener.notify(task));
    }
  }

  /** As {@link TaskDispatcher}, for the processes' events. */
  private final class ProcessDispatcher implements ExecutionListener {
    private final String event;
    private volatile List<GlobalProcessListener> listeners;

    ProcessDispatcher(String event) {
      this.event = event;
    }

    @Override
    public void notify(DelegateExecution execution) throws Exception {
      if (listeners == null) {
        listeners = processListeners.orderedStream().filter(listener -> listener.processEvents().contains(event)).toList();
      }
      for (GlobalProcessListener listener : listeners) {
        listener.notify(execution);
      }
    }
  }
}
