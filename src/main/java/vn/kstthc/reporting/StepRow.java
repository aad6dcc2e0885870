package vn.kstthc.reporting;

import java.time.Instant;
import vn.kstthc.deadline.DeadlineKind;
import vn.kstthc.deadline.Timeliness;

/**
 * One step (user task) of a dossier as reports see it.
 *
 * @param processKey the procedure (process key)
 * @param caseNumber the case number (mã số hồ sơ: the business key)
 * @param unitId the responsible unit of the step
 * @param done when it was finished within the period; null while in progress
 * @param status how it was judged when finished; null while in progress
 * @param overdue in progress and past its deadline at the moment asked about
 * @param workingDaysLate working days late: of a late finished step, or of an overdue one up to
 *     the moment asked about; 0 for one on time; null without deadline or in progress in time
 */
public record StepRow(
    String taskId,
    String processInstanceId,
    String processKey,
    String caseNumber,
    String stepId,
    String stepName,
    String unitId,
    String officerId,
    Instant started,
    Instant due,
    DeadlineKind dueKind,
    Instant done,
    Timeliness status,
    boolean overdue,
    Integer workingDaysLate) {}
