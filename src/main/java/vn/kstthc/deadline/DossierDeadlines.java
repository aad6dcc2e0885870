package vn.kstthc.deadline;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kstthc.calendar.WorkingDayCalendar;

/**
 * A dossier's deadline once it is set: fixed when the dossier starts ({@link OutcomeRecorder}) in
 * {@code kstthc_deadline_outcome}, which officers cannot change, and changed only by an explicit,
 * recorded extension (gia hạn), or by a step of the process that sets it ({@link #set}). The
 * variable {@code hanXuLyHoSo} is a copy for expressions and forms: changing it changes no
 * judgement.
 */
@Service
public class DossierDeadlines {

  private final OutcomeRepository outcomes;
  private final DeadlineExtensionRepository extensions;
  private final WorkingDayCalendar calendar;
  private final ProcessEngineConfigurationImpl engine;

  DossierDeadlines(
      OutcomeRepository outcomes,
      DeadlineExtensionRepository extensions,
      WorkingDayCalendar calendar,
      ProcessEngineConfigurationImpl engine) {
    this.outcomes = outcomes;
    this.extensions = extensions;
    this.calendar = calendar;
    this.engine = engine;
  }

  /**
   * Extends the deadline of a running dossier and records who, when, from what, to what and why;
   * the copy in the variable {@code hanXuLyHoSo} follows. Checks nothing about {@code extendedBy}:
   * the caller (a BPMN step of the leadership, a REST resource) decides who may extend. Joins the
   * caller's transaction (a BPMN step's), or runs in its own.
   *
   * @param newDeadline a date ({@code 2026-12-15}: counted in days), a date-time, or a notation
   *     counted from the current deadline ({@code P5D}: five more working days)
   * @throws IllegalArgumentException when the new deadline is not later, or a text is missing
   * @throws IllegalStateException when the dossier has ended or is not tracked
   */
  @Transactional
  public DeadlineExtension extend(String processInstanceId, String newDeadline, String reason, String extendedBy) {
    Outcome dossier = runningDossier(processInstanceId, reason, extendedBy);
    Instant from = dossier.dueAt() == null ? ClockUtil.getCurrentTime().toInstant() : dossier.dueAt();
    Instant due = resolve(newDeadline, from);
    if (dossier.dueAt() != null && !due.isAfter(dossier.dueAt())) {
      throw notLater(newDeadline);
    }
    return change(dossier, newDeadline, due, reason, extendedBy);
  }

  /**
   * Sets the deadline of a running dossier as one of its steps decides, e.g. 15 working days
   * instead of 10 when communes are consulted ({@link DossierDeadlineDelegate}): a notation counted
   * from where the dossier's deadline is counted from (its start, or the date named by {@code
   * hanXuLyTinhTu}), or a date. Recorded and applied as an extension; the deadline it already has
   * changes nothing (a step run twice), an earlier one is refused.
   *
   * @param instance the dossier's process instance, inside one of its steps
   * @param deadline {@code P15D}, {@code lich:P30D}, {@code 2026-12-15}...
   * @return the extension recorded, or empty when the deadline was already that
   */
  @Transactional
  public Optional<DeadlineExtension> set(ExecutionEntity instance, String deadline, String reason, String setBy) {
    Outcome dossier = runningDossier(instance.getProcessInstanceId(), reason, setBy);
    Instant countedFrom = OutcomeRecorder.countingStart(instance, dossier.startedAt(), calendar.officeHours().zone());
    Instant due = resolve(deadline, countedFrom);
    if (due.equals(dossier.dueAt())) {
      return Optional.empty();
    }
    if (dossier.dueAt() != null && due.isBefore(dossier.dueAt())) {
      throw notLater(deadline);
    }
    return Optional.of(change(dossier, deadline, due, reason, setBy));
  }

  private Outcome runningDossier(String processInstanceId, String reason, String by) {
    if (reason == null || reason.isBlank() || by == null || by.isBlank()) {
      throw new IllegalArgumentException("Gia hạn cần lý do và người gia hạn.");
    }
    return outcomes.find(processInstanceId)
        .filter(row -> row.kind() == Outcome.Kind.INSTANCE && row.finishedAt() == null)
        .orElseThrow(
            () -> new IllegalStateException("Hồ sơ '" + processInstanceId + "' không còn đang xử lý: không gia hạn được."));
  }

  private Instant resolve(String deadline, Instant from) {
    return DeadlineNotation.resolve(deadline, from.atZone(calendar.officeHours().zone()), calendar).toInstant();
  }

  private static IllegalArgumentException notLater(String deadline) {
    return new IllegalArgumentException("Hạn mới '" + deadline + "' phải sau hạn hiện tại của hồ sơ.");
  }

  private DeadlineExtension change(Outcome dossier, String deadline, Instant due, String reason, String by) {
    String processInstanceId = dossier.processInstanceId();
    DeadlineKind kind = DeadlineNotation.kindOf(deadline);
    DeadlineExtension extension =
        new DeadlineExtension(
            UUID.randomUUID().toString(),
            processInstanceId,
            dossier.dueAt(),
            dossier.dueKind(),
            due,
            kind,
            reason.strip(),
            by,
            ClockUtil.getCurrentTime().toInstant());
    outcomes.changeInstanceDeadline(processInstanceId, due, kind);
    extensions.insert(extension);
    Command<Void> copy =
        context -> {
          ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
          DeadlineVariables.HAN_XU_LY_HO_SO.set(instance, Date.from(due));
          return null;
        };
    // inside a BPMN step, in the step's own command (a second one would load the instance twice)
    if (Context.getCommandContext() != null) {
      copy.execute(Context.getCommandContext());
    } else {
      engine.getCommandExecutorTxRequired().execute(copy);
    }
    return extension;
  }
}
