package vn.kstthc.reporting;

import java.time.Instant;
import vn.kstthc.deadline.DeadlineKind;
import vn.kstthc.deadline.Timeliness;

/**
 * One dossier (process instance) as reports see it; its unit is the responsible unit of its first
 * step. Fields as in {@link StepRow}.
 */
public record CaseRow(
    String processInstanceId,
    String processKey,
    String caseNumber,
    String processName,
    String unitId,
    String startedBy,
    Instant started,
    Instant due,
    DeadlineKind dueKind,
    Instant done,
    Timeliness status,
    boolean overdue,
    Integer workingDaysLate) {}
