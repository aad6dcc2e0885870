package vn.kstthc.lateness;

import java.time.Instant;

/**
 * One row of {@code kstthc_late_explanation}: what a unit said about a late case. Version 1 is the
 * first explanation; each correction is a new row with the next version and its reason.
 */
public record Explanation(
    String id,
    LateCaseRef lateCase,
    int version,
    String unitId,
    String causeCode,
    String causeLabel,
    String text,
    String correctionReason,
    String explainedBy,
    Instant explainedAt,
    String processInstanceId) {}
