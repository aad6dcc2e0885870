package vn.kstthc.supervision;

import java.time.Instant;

/**
 * A step or dossier finished late in a month, with its evidence, charged to a unit: a step to its
 * responsible unit, a dossier to the unit of its first step (the reports' query layer).
 *
 * @param outcomeId the row of {@code kstthc_deadline_outcome}: the task's or the instance's id
 */
public record LateWork(
    String outcomeId,
    boolean dossier,
    String processKey,
    String businessKey,
    String stepName,
    String unitId,
    String officerId,
    Instant dueAt,
    Instant finishedAt,
    int workingDaysLate) {}
