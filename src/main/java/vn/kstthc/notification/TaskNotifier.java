package vn.kstthc.notification;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.kstthc.platform.GlobalListenersPlugin;
import vn.kstthc.platform.GlobalTaskListener;
import vn.kstthc.platform.TaskGroups;
import vn.kstthc.procedure.CaseVariables;

/**
 * Tells officers what waits for them: when a task arrives for their unit (its candidate groups),
 * and when a task is assigned to them by someone else. Queued in the task's transaction, sent
 * after it.
 */
@Component
public class TaskNotifier implements GlobalTaskListener {

  private final NotificationService notifications;

  TaskNotifier(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public Set<String> taskEvents() {
    return Set.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT);
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      List<String> groups = TaskGroups.candidateGroups(task);
      if (!groups.isEmpty()) {
        notifications.notify(
            NotificationKind.CONG_VIEC_MOI, summary(task), NotificationService.membersOf(groups), "");
      }
    } else if (task.getAssignee() != null
        && !task.getAssignee().equals(Context.getCommandContext().getAuthenticatedUserId())) {
      NotificationChannel.Recipient assignee = NotificationService.user(task.getAssignee());
      if (assignee != null) {
        notifications.notify(
            NotificationKind.DUOC_GIAO,
            summary(task),
            List.of(assignee),
            String.valueOf(ClockUtil.getCurrentTime().getTime()));
      }
    }
  }

  /** The facts of a task that a message repeats. */
  public static TaskSummary summary(DelegateTask task) {
    ExecutionEntity execution = execution(task);
    Object title = task.getVariable("tieuDe");
    List<String> groups = TaskGroups.candidateGroups(task);
    return new TaskSummary(
        task.getId(),
        task.getName(),
        task.getProcessInstanceId(),
        execution == null ? null : execution.getProcessDefinition().getName(),
        execution == null ? null : execution.getProcessBusinessKey(),
        title instanceof String text ? text : null,
        execution == null
            ? null
            : GlobalListenersPlugin.extensionProperties(execution.getProcessDefinition())
                .get(CaseVariables.TITLE_LABEL_PROPERTY),
        groups.isEmpty() ? null : NotificationService.groupName(groups.get(0)),
        task.getDueDate());
  }

  private static ExecutionEntity execution(DelegateTask task) {
    return (ExecutionEntity) task.getExecution();
  }
}
