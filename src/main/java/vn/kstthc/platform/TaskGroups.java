package vn.kstthc.platform;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** The units a task waits at: its candidate groups, and the one responsible for it. */
public final class TaskGroups {

  /**
   * Extension property of a user task (Modeler: task → Extension properties) naming the unit
   * responsible for it: a group id or an expression ({@code ${donViChuTri}}).
   */
  public static final String RESPONSIBLE_UNIT = "donViChiuTrachNhiem";

  private TaskGroups() {}

  /** Candidate group ids of a task, sorted. */
  public static List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .sorted()
        .toList();
  }

  /**
   * The unit a task's timeliness is charged to, when several units are its candidates: the task's
   * {@value #RESPONSIBLE_UNIT} property when it has one, otherwise the first group of its {@code
   * camunda:candidateGroups} as written in the BPMN (the step's lead unit: "phong-a, phong-b" is
   * phong-a's), evaluated against the task's variables. A task whose groups come only from a
   * listener falls back to its first candidate group by id. Call it while the task is being created
   * (its variables are then those it was created with).
   */
  public static String responsibleUnit(DelegateTask task) {
    UserTask element = task.getBpmnModelElementInstance();
    String written = element == null ? null : property(element, RESPONSIBLE_UNIT);
    if (written == null && element != null && element.getCamundaCandidateGroups() != null) {
      written = firstEntry(element.getCamundaCandidateGroups());
    }
    if (written == null || written.isBlank()) {
      List<String> groups = candidateGroups(task);
      return groups.isEmpty() ? null : groups.get(0);
    }
    Object value =
        Context.getProcessEngineConfiguration().getExpressionManager().createExpression(written.strip()).getValue(task);
    if (value instanceof Collection<?> groups) {
      return groups.isEmpty() ? null : String.valueOf(groups.iterator().next());
    }
    return value == null ? null : firstEntry(value.toString());
  }

  private static String property(UserTask element, String name) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return null;
    }
    for (CamundaProperties properties : extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (name.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
          return property.getCamundaValue();
        }
      }
    }
    return null;
  }

  /** The first entry of a comma-separated list whose entries may be expressions with commas. */
  private static String firstEntry(String list) {
    int depth = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        return list.substring(0, i).strip();
      }
    }
    return list.strip();
  }
}
