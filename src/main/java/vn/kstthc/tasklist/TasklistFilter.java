package vn.kstthc.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.kstthc.organisation.GroupKind;

/**
 * One shared Tasklist filter: what it selects, how Tasklist shows it, and which kinds of groups it
 * is shared with (READ). A filter only shapes the view: an officer still sees only the tasks the
 * authorizations let them read.
 *
 * @param key stable id of the filter, stored in its properties ({@link #KEY_PROPERTY}); never shown
 * @param name Vietnamese name shown in Tasklist's filter list
 * @param description Vietnamese description shown as the filter's tooltip
 * @param priority position in the filter list (smallest first)
 * @param color colour of the filter in the list
 * @param query the task query, built from the engine's task service
 * @param sharedWith kinds of groups whose members see the filter
 */
public record TasklistFilter(
    String key,
    String name,
    String description,
    int priority,
    String color,
    Function<TaskService, TaskQuery> query,
    Set<GroupKind> sharedWith) {

  /** Property that marks a filter as one of ours, with its {@link #key()}. */
  public static final String KEY_PROPERTY = "kstthcFilter";

  /** A task variable shown on each task of the list, with its Vietnamese label. */
  public record Column(String variable, String label) {}

  public TasklistFilter {
    sharedWith = Set.copyOf(sharedWith);
  }

  /** Properties as Tasklist reads them (colour, tooltip, order, variables shown). */
  public Map<String, Object> properties(List<Column> columns) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY_PROPERTY, key);
    properties.put("color", color);
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", false);
    properties.put("showUndefinedVariable", false);
    properties.put(
        "variables",
        columns.stream().map(column -> Map.of("name", column.variable(), "label", column.label())).toList());
    return properties;
  }
}
