package vn.kstthc.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
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
 * disagrees with the engine. What each is judged by is fixed beforehand: a dossier's deadline
 * ({@code hanXuLyHoSo}, see {@link DeadlineVariables}) is resolved and stored when it starts, and
 * changed only by an extension ({@link DossierDeadlines}); a task's kind of deadline and
 * responsible unit are stored when it is created ({@link OpenTask}).
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
    return Set.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);
  }

  @Override
  public Set<String> processEvents() {
    return Set.of(ExecutionListener.EVENTNAME_START, ExecutionListener.EVENTNAME_END);
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> {
        keepDossierDeadline(task);
        OpenTask open = opened(task);
        outcomes.insertOpenTask(open);
        if (open.unitId() != null) {
          // the dossier's unit is its first step's: stored once, read by every report (kstthc_report_case)
          outcomes.takeUpInstance(task.getProcessInstanceId(), open.unitId());
        }
      }
      case TaskListener.EVENTNAME_COMPLETE -> completed(task);
      default -> outcomes.deleteOpenTask(task.getId());
    }
  }

  /**
   * What a task will be judged by, fixed as it is created: the kind of its due date (see {@link
   * #dueKind}) and its responsible unit ({@link TaskGroups#responsibleUnit}).
   */
  private OpenTask opened(DelegateTask task) {
    return new OpenTask(task.getId(), task.getProcessInstanceId(), dueKind(task), TaskGroups.responsibleUnit(task));
  }

  /**
   * A task due {@code ${hanXuLyHoSo}} is due at the dossier's deadline as fixed, not at whatever an
   * officer put in the variable (its copy) when completing an earlier step.
   */
  private void keepDossierDeadline(DelegateTask task) {
    if (meansDossierDeadline(task)) {
      outcomes.find(task.getProcessInstanceId())
          .filter(dossier -> dossier.dueAt() != null)
          .ifPresent(dossier -> task.setDueDate(Date.from(dossier.dueAt())));
    }
  }

  /**
   * The kind of a task's due date: that of the notation its {@code camunda:dueDate} gave (P3D,
   * PT8H...), days for a {@link DueDay} (the date functions), the dossier's for a Date that is the
   * dossier's deadline ({@code ${hanXuLyHoSo}}, or {@code ${earlierOf('P5D', hanXuLyHoSo)}} when
   * the dossier's is earlier: the step ends when the dossier does, and is judged alike), otherwise
   * a moment.
   */
  private DeadlineKind dueKind(DelegateTask task) {
    if (task.getDueDate() == null) {
      return null;
    }
    Expression written = ((TaskEntity) task).getTaskDefinition().getDueDateExpression();
    Object value = written == null ? null : written.getValue(task);
    if (value instanceof String notation) {
      return DeadlineNotation.kindOf(notation);
    }
    if (value instanceof DueDay) {
      return DeadlineKind.DAYS;
    }
    Instant due = task.getDueDate().toInstant();
    return outcomes.find(task.getProcessInstanceId())
        .filter(dossier -> due.equals(dossier.dueAt()))
        .map(Outcome::dueKind)
        .orElse(DeadlineKind.HOURS);
  }

  private static boolean meansDossierDeadline(DelegateTask task) {
    Expression written = ((TaskEntity) task).getTaskDefinition().getDueDateExpression();
    return written != null && DeadlineVariables.DUE_DATE_EXPRESSION.equals(written.getExpressionText().strip());
  }

  private void completed(DelegateTask task) {
    // a task created before kstthc_open_task existed is looked at now
    OpenTask open = outcomes.takeOpenTask(task.getId()).orElseGet(() -> opened(task));
    Instant finished = now();
    Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    // a due date an administrator set by hand on a task that had none is a moment
    DeadlineKind kind = open.dueKind() == null ? DeadlineKind.HOURS : open.dueKind();
    Timeliness status = Timeliness.classify(due, kind, finished, zone());
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
            open.unitId(),
            officerOf(task),
            task.getCreateTime().toInstant(),
            due,
            due == null ? null : kind,
            finished,
            status,
            workingDaysLate(status, due, finished)));
  }

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution;
    Instant now = now();
    if (ExecutionListener.EVENTNAME_START.equals(execution.getEventName())) {
      Deadline deadline = resolveDeadline(instance, now);
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
              deadline == null ? null : deadline.due(),
              deadline == null ? null : deadline.kind(),
              null,
              null,
              null));
      return;
    }
    // judged against the deadline fixed at the start (or by an extension), never against the
    // variable, which officers completing a task can change
    Outcome dossier = outcomes.find(execution.getProcessInstanceId()).orElse(null);
    if (dossier == null) {
      return; // started before tracking
    }
    DeadlineKind kind = dossier.dueKind() != null ? dossier.dueKind() : kindBeforeItWasStored(instance);
    Timeliness status =
        execution.isCanceled() ? Timeliness.DA_HUY : Timeliness.classify(dossier.dueAt(), kind, now, zone());
    outcomes.finishInstance(
        execution.getProcessInstanceId(), now, status, workingDaysLate(status, dossier.dueAt(), now));
  }

  /** A dossier's deadline and its kind, as resolved when it started. */
  private record Deadline(Instant due, DeadlineKind kind) {}

  /**
   * The dossier's deadline at its start: the process's {@code hanXuLyHoSo} extension property,
   * resolved from the instance's start (or from the variable named by {@code hanXuLyTinhTu}) and
   * copied into the variable {@code hanXuLyHoSo} for expressions and forms; without the property,
   * the variable {@code hanXuLyHoSo} the instance was started with (a Date, or a notation counted
   * from now; anything else is no deadline, never a reason to refuse the start).
   */
  private Deadline resolveDeadline(ExecutionEntity instance, Instant now) {
    String notation = processProperty(instance, DeadlineVariables.PROPERTY_DEADLINE);
    if (notation == null) {
      Object value = instance.getVariable(DeadlineVariables.PROPERTY_DEADLINE);
      if (value instanceof Date date) {
        return new Deadline(date.toInstant(), DeadlineKind.HOURS);
      }
      if (value instanceof String text && !text.isBlank()) {
        try {
          return new Deadline(
              DeadlineNotation.resolve(text, now.atZone(zone()), calendar).toInstant(), DeadlineNotation.kindOf(text));
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
      return null;
    }
    Date due = DeadlineNotation.resolveToDate(notation, Date.from(countingStart(instance, now, zone())), calendar);
    DeadlineVariables.HAN_XU_LY_HO_SO.set(instance, due);
    return new Deadline(due.toInstant(), DeadlineNotation.kindOf(notation));
  }

  /** A dossier started before the kind was stored: the kind of the process's notation, or a moment. */
  private static DeadlineKind kindBeforeItWasStored(ExecutionEntity instance) {
    String notation = processProperty(instance, DeadlineVariables.PROPERTY_DEADLINE);
    return notation == null ? DeadlineKind.HOURS : DeadlineNotation.kindOf(notation);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * The moment a dossier's deadline is counted from: the date in the variable named by the
   * process's {@code hanXuLyTinhTu} (a Date, or an ISO date / date-time from a form), otherwise the
   * dossier's start.
   */
  static Instant countingStart(ExecutionEntity instance, Instant started, ZoneId zone) {
    String variable = processProperty(instance, DeadlineVariables.PROPERTY_COUNTED_FROM);
    Object value = variable == null ? null : instance.getVariable(variable);
    if (value == null) {
      return started;
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = String.valueOf(value).strip();
    try {
      return text.length() == 10
          ? java.time.LocalDate.parse(text).atStartOfDay(zone).toInstant()
          : java.time.LocalDateTime.parse(text).atZone(zone).toInstant();
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

  /** Who completed it: the authenticated officer, or the assignee when completed by the system. */
  private static String officerOf(DelegateTask task) {
    String user = Context.getCommandContext().getAuthenticatedUserId();
    return user != null ? user : task.getAssignee();
  }

  private ZoneId zone() {
    return calendar.officeHours().zone();
  }
}
