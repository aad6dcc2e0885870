package vn.kstthc.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.platform.GlobalListenersPlugin;
import vn.kstthc.platform.GlobalProcessListener;
import vn.kstthc.platform.GlobalTaskListener;
import vn.kstthc.platform.TaskGroups;

/**
 * Judges every completed task and every finished dossier against its deadline and stores the
 * result ({@link OutcomeRepository}), in the same transaction as the completion: the report never
 * disagrees with the engine. Also resolves a process's own deadline ({@code hanXuLyHoSo}, see
 * {@link DeadlineVariables}) when an instance starts.
 */
@Component
public class OutcomeRecorder implements GlobalTaskListener, GlobalProcessListener {

  private final OutcomeRepository outcomes;
  private final WorkingDayCalendar calendar;

  OutcomeRecorder(OutcomeRepository outcomes, WorkingDayCalendar calendar) {
    this.outcomes = outcomes;
    this.calendar = calendar;
  }

  @Override
  public Set<String> taskEvents() {
    return Set.of(TaskListener.EVENTNAME_COMPLETE);
  }

  @Override
  public Set<String> processEvents() {
    return Set.of(ExecutionListener.EVENTNAME_START, ExecutionListener.EVENTNAME_END);
  }

  @Override
  public void notify(DelegateTask task) {
    Instant finished = ClockUtil.getCurrentTime().toInstant();
    Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    Timeliness status = Timeliness.classify(due, finished, zone(), calendar.officeHours().closing());
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    outcomes.insert(
        new Outcome(
            task.getId(),
            Outcome.Kind.TASK,
            task.getProcessInstanceId(),
            execution == null ? null : execution.getProcessDefinition().getKey(),
            execution == null ? null : execution.getProcessBusinessKey(),
            task.getTaskDefinitionKey(),
            task.getName(),
            unitOf(task),
            officerOf(task),
            task.getCreateTime().toInstant(),
            due,
            finished,
            status,
            workingDaysLate(status, due, finished)));
  }

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution;
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (ExecutionListener.EVENTNAME_START.equals(execution.getEventName())) {
      Instant due = resolveDeadline(instance, now);
      outcomes.insert(
          new Outcome(
              execution.getProcessInstanceId(),
              Outcome.Kind.INSTANCE,
              execution.getProcessInstanceId(),
              instance.getProcessDefinition().getKey(),
              execution.getProcessBusinessKey(),
              null,
              instance.getProcessDefinition().getName(),
              null,
              Context.getCommandContext().getAuthenticatedUserId(),
              now,
              due,
              null,
              null,
              null));
    } else {
      Instant due = dossierDeadline(execution);
      Timeliness status =
          execution.isCanceled()
              ? Timeliness.DA_HUY
              : Timeliness.classify(due, now, zone(), calendar.officeHours().closing());
      outcomes.finishInstance(
          execution.getProcessInstanceId(), due, now, status, workingDaysLate(status, due, now));
    }
  }

  /**
   * Reads the process's {@code hanXuLyHoSo} extension property, resolves it from the instance's
   * start (or from the variable named by {@code hanXuLyTinhTu}) and stores it as a Date variable.
   */
  private Instant resolveDeadline(ExecutionEntity instance, Instant now) {
    String notation = processProperty(instance, DeadlineVariables.PROPERTY_DEADLINE);
    if (notation == null) {
      return dossierDeadline(instance);
    }
    Instant start = now;
    String countedFrom = processProperty(instance, DeadlineVariables.PROPERTY_COUNTED_FROM);
    if (countedFrom != null && instance.getVariable(countedFrom) != null) {
      start = startOfCounting(instance.getVariable(countedFrom), countedFrom);
    }
    Date due = DeadlineNotation.resolveToDate(notation, Date.from(start), calendar);
    DeadlineVariables.HAN_XU_LY_HO_SO.set(instance, due);
    return due.toInstant();
  }

  /**
   * The dossier's deadline variable: a Date, or a date / date-time written as text (e.g. set from
   * a form field), never a reason to fail the completion of a dossier.
   */
  private Instant dossierDeadline(DelegateExecution execution) {
    Object value = execution.getVariable(DeadlineVariables.PROPERTY_DEADLINE);
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return DeadlineNotation.resolve(text, now().atZone(zone()), calendar).toInstant();
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The moment a deadline is counted from: a Date, or an ISO date / date-time from a form. */
  private Instant startOfCounting(Object value, String variable) {
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = String.valueOf(value).strip();
    try {
      return text.length() == 10
          ? java.time.LocalDate.parse(text).atStartOfDay(zone()).toInstant()
          : java.time.LocalDateTime.parse(text).atZone(zone()).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw new org.camunda.bpm.engine.ProcessEngineException(
          "Biến '" + variable + "' phải là một ngày (yyyy-MM-dd), nhưng có giá trị '" + text + "'", e);
    }
  }

  private static String processProperty(ExecutionEntity instance, String name) {
    String value = GlobalListenersPlugin.extensionProperties(instance.getProcessDefinition()).get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private Integer workingDaysLate(Timeliness status, Instant due, Instant finished) {
    if (status != Timeliness.TRE_HAN) {
      return status == Timeliness.KHONG_HAN || status == Timeliness.DA_HUY ? null : 0;
    }
    return Math.max(
        1, calendar.workingDaysBetween(due.atZone(zone()).toLocalDate(), finished.atZone(zone()).toLocalDate()));
  }

  /** The unit responsible for a task: its candidate group (the first by id when several). */
  private static String unitOf(DelegateTask task) {
    List<String> groups = TaskGroups.candidateGroups(task);
    return groups.isEmpty() ? null : groups.get(0);
  }

  /** Who completed it: the authenticated officer, or the assignee when completed by the system. */
  private static String officerOf(DelegateTask task) {
    String user = Context.getCommandContext().getAuthenticatedUserId();
    return user != null ? user : task.getAssignee();
  }

  private ZoneId zone() {
    return calendar.officeHours().zone();
  }
}
