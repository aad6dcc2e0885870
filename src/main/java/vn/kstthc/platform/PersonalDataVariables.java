package vn.kstthc.platform;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Variables of personal data that a process names in its extension property {@value #PROPERTY}
 * (names separated by commas, e.g. a petition's sender from its start form). The history level
 * ({@link KstthcHistoryLevel}) writes nothing of them: no ACT_HI_VARINST row, no ACT_HI_DETAIL value
 * (neither as a variable's detail nor as a submitted form's value).
 *
 * <p>History alone is not enough: the process must also take them out of the instance before its
 * first wait state (a service task right after the start event that stores them in the
 * application's own table and removes them). A variable created and removed in the same transaction
 * never reaches ACT_RU_VARIABLE: the engine drops an insert and its delete together at flush.
 */
public final class PersonalDataVariables {

  public static final String PROPERTY = "duLieuCaNhan";

  private PersonalDataVariables() {}

  /** The names the process declares, empty when none. */
  public static Set<String> of(ProcessDefinitionEntity definition) {
    String names = GlobalListenersPlugin.extensionProperties(definition).get(PROPERTY);
    if (names == null || names.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
  }

  /**
   * Whether the history level must not produce an event: one about one of these variables (the
   * engine asks with the variable instance before its create, update and delete events; the
   * value's detail in ACT_HI_DETAIL is only written with one of them), or the submitted values of a
   * form in such a process (FORM_PROPERTY_UPDATE, asked once per form with the execution or task:
   * AUDIT writes every submitted value to ACT_HI_DETAIL again, the personal ones included; the
   * other values stay on record as variable details).
   */
  static boolean excluded(HistoryEventType eventType, Object entity) {
    if (entity instanceof VariableInstanceEntity variable) {
      return of(variable.getExecution()).contains(variable.getName());
    }
    if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
      ExecutionEntity execution = entity instanceof TaskEntity task ? task.getExecution()
          : entity instanceof ExecutionEntity e ? e : null;
      return !of(execution).isEmpty();
    }
    return false;
  }

  private static Set<String> of(ExecutionEntity execution) {
    return execution == null || execution.getProcessDefinition() == null ? Set.of() : of(execution.getProcessDefinition());
  }
}
