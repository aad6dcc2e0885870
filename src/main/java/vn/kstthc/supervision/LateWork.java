package vn.kstthc.supervision;

import java.time.Instant;
import vn.kstthc.lateness.LateCaseRef;

/**
 * A step or dossier finished late in a month, with its evidence, charged to a unit: a step to its
 * responsible unit, a dossier of ours to the unit of its first step (the reports' query layer), an
 * imported one-stop dossier to the unit that resolves it.
 *
 * @param lateCase a row of {@code kstthc_deadline_outcome} (the task's or the instance's id), or
 *     the one-stop system's dossier number
 * @param processKey null for a one-stop dossier: {@code stepName} then holds its TTHC
 * @param dueAt for a one-stop dossier, known by the day only: the start of that day (so are
 *     {@code finishedAt})
 */
public record LateWork(
    LateCaseRef lateCase,
    boolean dossier,
    String processKey,
    String businessKey,
    String stepName,
    String unitId,
    String officerId,
    Instant dueAt,
    Instant finishedAt,
    int workingDaysLate) {

  /** Whether it is a TTHC dossier of the provincial one-stop system, imported. */
  public boolean oneStop() {
    return lateCase.source() == LateCaseRef.Source.MOT_CUA;
  }
}
