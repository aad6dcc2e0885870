package vn.kstthc.deadline;

import java.time.Instant;
import java.util.Date;
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
 * recorded extension (gia hạn). The variable {@code hanXuLyHoSo} is a copy for expressions and
 * forms: changing it changes no judgement.
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
    if (reason == null || reason.isBlank() || extendedBy == null || extendedBy.isBlank()) {
      throw new IllegalArgumentException("Gia hạn cần lý do và người gia hạn.");
    }
    Outcome dossier =
        outcomes.find(processInstanceId)
            .filter(row -> row.kind() == Outcome.Kind.INSTANCE && row.finishedAt() == null)
            .orElseThrow(
                () -> new IllegalStateException("Hồ sơ '" + processInstanceId + "' không còn đang xử lý: không gia hạn được."));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant from = dossier.dueAt() == null ? now : dossier.dueAt();
    Instant due = DeadlineNotation.resolve(newDeadline, from.atZone(calendar.officeHours().zone()), calendar).toInstant();
    if (dossier.dueAt() != null && !due.isAfter(dossier.dueAt())) {
      throw new IllegalArgumentException("Hạn mới '" + newDeadline + "' phải sau hạn hiện tại của hồ sơ.");
    }
    DeadlineKind kind = DeadlineNotation.kindOf(newDeadline);
    DeadlineExtension extension =
        new DeadlineExtension(
            UUID.randomUUID().toString(),
            processInstanceId,
            dossier.dueAt(),
            dossier.dueKind(),
            due,
            kind,
            reason.strip(),
            extendedBy,
            now);
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
