package vn.kstthc.deadline;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.platform.TaskGroups;
import vn.kstthc.notification.NotificationChannel.Recipient;
import vn.kstthc.notification.NotificationKind;
import vn.kstthc.notification.NotificationService;
import vn.kstthc.notification.TaskNotifier;
import vn.kstthc.organisation.Organisation;
import vn.kstthc.organisation.OrganisationService;

/**
 * Reminds officers before a task's due time and escalates once it has passed, for every task of
 * every process, without anything in the BPMN:
 *
 * <ul>
 *   <li>reminder ({@code SAP_DEN_HAN}) from {@code remind-before-working-days} working days before
 *       the due time, to the assignee, or to the unit when nobody has claimed it;
 *   <li>escalation ({@code QUA_HAN}) once the due time has passed, to the head of the task's unit
 *       and to the Văn phòng ({@code escalation-group}); the task stays where it is.
 * </ul>
 *
 * Each is told once per task and due date ({@link DeadlineNotices}): scanning again sends nothing
 * twice, and a deadline that is extended is reminded and escalated again. Only tasks due within
 * {@code look-back} are read: older ones were escalated when they fell due, and their notices are
 * forgotten then, never before. {@link DeadlineScheduler} runs the scan on one node at a time.
 */
@Service
public class DeadlineWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatcher.class);
  private static final int PAGE = 200;

  private final TaskService taskService;
  private final ProcessEngineConfigurationImpl engine;
  private final NotificationService notifications;
  private final OrganisationService organisation;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties properties;
  private final DeadlineNotices notices;

  DeadlineWatcher(
      TaskService taskService,
      ProcessEngineConfigurationImpl engine,
      NotificationService notifications,
      OrganisationService organisation,
      WorkingDayCalendar calendar,
      DeadlineProperties properties,
      DeadlineNotices notices) {
    this.notices = notices;
    this.taskService = taskService;
    this.engine = engine;
    this.notifications = notifications;
    this.organisation = organisation;
    this.calendar = calendar;
    this.properties = properties;
  }

  /**
   * One pass over the open tasks that are due soon or overdue by less than {@code look-back};
   * returns notifications queued.
   */
  public int scan() {
    Date now = ClockUtil.getCurrentTime();
    Date oldest = Date.from(now.toInstant().minus(properties.lookBack()));
    notices.forgetDueBefore(oldest);
    int queued = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> page =
          taskService.createTaskQuery().active().dueAfter(oldest).dueBefore(horizon(now)).orderByDueDate().asc()
              .orderByTaskId().asc().listPage(first, PAGE);
      Set<String> told = notices.told(page.stream().map(Task::getId).toList());
      for (Task task : page) {
        NotificationKind kind = !now.before(task.getDueDate()) ? NotificationKind.QUA_HAN : NotificationKind.SAP_DEN_HAN;
        if (told.contains(DeadlineNotices.key(task.getId(), kind, task.getDueDate()))) {
          continue; // told already: no transaction for it
        }
        try {
          queued += engine.getCommandExecutorTxRequired().execute(context -> check(task.getId(), now));
        } catch (RuntimeException e) {
          LOG.warn("Deadline check of task {} failed", task.getId(), e);
        }
      }
      if (page.size() < PAGE) {
        return queued;
      }
    }
  }

  /**
   * The latest due time that may need a reminder now: the end of the day that is {@code
   * remind-before-working-days} working days after today (later tasks are not looked at).
   */
  Date horizon(Date now) {
    LocalDate today = now.toInstant().atZone(calendar.officeHours().zone()).toLocalDate();
    LocalDate last = calendar.addWorkingDays(today, properties.remindBeforeWorkingDays());
    return Date.from(last.plusDays(1).atStartOfDay(calendar.officeHours().zone()).toInstant());
  }

  private int check(String taskId, Date now) {
    TaskEntity task =
        org.camunda.bpm.engine.impl.context.Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task == null || task.getDueDate() == null) {
      return 0;
    }
    Date due = task.getDueDate();
    NotificationKind kind =
        !now.before(due) ? NotificationKind.QUA_HAN : !now.before(remindAt(due)) ? NotificationKind.SAP_DEN_HAN : null;
    if (kind == null || !notices.tell(taskId, kind, due, now)) {
      return 0;
    }
    List<Recipient> recipients =
        kind == NotificationKind.QUA_HAN
            ? escalationRecipients(task)
            : task.getAssignee() != null
                ? nonNull(NotificationService.user(task.getAssignee()))
                : NotificationService.membersOf(TaskGroups.candidateGroups(task));
    // the due date in the notifications' keys too: an extended deadline gets messages of its own
    return notifications.notify(
        kind, TaskNotifier.summary(task), recipients, due.toInstant().toString());
  }

  /** The moment to remind: the same time of day, N working days before the due day. */
  Date remindAt(Date due) {
    ZonedDateTime dueTime = due.toInstant().atZone(calendar.officeHours().zone());
    LocalDate day = dueTime.toLocalDate();
    for (int left = properties.remindBeforeWorkingDays(); left > 0; ) {
      day = day.minusDays(1);
      if (calendar.isWorkingDay(day)) {
        left--;
      }
    }
    return Date.from(day.atTime(dueTime.toLocalTime()).atZone(dueTime.getZone()).toInstant());
  }

  /**
   * The head of each unit the task waits at, and the members of the groups it escalates to (its
   * own {@code escalateTo}, or the platform's escalation group).
   */
  private List<Recipient> escalationRecipients(TaskEntity task) {
    Map<String, Recipient> recipients = new LinkedHashMap<>();
    Organisation current = organisation.organisation();
    java.util.Set<String> targets = new java.util.LinkedHashSet<>();
    for (String unit : TaskGroups.candidateGroups(task)) {
      Organisation.Group group = current.group(unit).orElse(null);
      if (group != null && group.head() != null) {
        Recipient head = NotificationService.user(group.head());
        if (head != null) {
          recipients.putIfAbsent(head.userId(), head);
        }
      }
      targets.addAll(group == null || group.escalateTo().isEmpty() ? List.of(properties.escalationGroup()) : group.escalateTo());
    }
    if (targets.isEmpty()) {
      targets.add(properties.escalationGroup());
    }
    for (Recipient member : NotificationService.membersOf(targets)) {
      recipients.putIfAbsent(member.userId(), member);
    }
    return new ArrayList<>(recipients.values());
  }

  private static List<Recipient> nonNull(Recipient recipient) {
    return recipient == null ? List.of() : List.of(recipient);
  }
}
