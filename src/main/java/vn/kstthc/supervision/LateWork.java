package vn.kstthc.supervision;

import java.time.Instant;

/**
 * A step or dossier finished late in a month, with its evidence, charged to a unit: a step to its
 * responsible unit, a dossier to the unit of its last step.
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
