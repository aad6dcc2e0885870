package vn.kstthc.deadline;

import java.time.Instant;

/** One row of {@code kstthc_deadline_outcome}: a task or a dossier, judged against its deadline. */
public record Outcome(
    String id,
    Kind kind,
    String processInstanceId,
    String processDefinitionKey,
    String businessKey,
    String activityId,
    String activityName,
    String unitId,
    String officerId,
    Instant startedAt,
    Instant dueAt,
    DeadlineKind dueKind,
    Instant finishedAt,
    Timeliness status,
    Integer workingDaysLate) {

  public enum Kind {
    TASK,
    INSTANCE
  }
}
