package vn.kstthc.deadline;

import java.time.Instant;

/** One extension (gia hạn) of a dossier's deadline: a row of {@code kstthc_deadline_extension}. */
public record DeadlineExtension(
    String id,
    String processInstanceId,
    Instant oldDueAt,
    DeadlineKind oldDueKind,
    Instant newDueAt,
    DeadlineKind newDueKind,
    String reason,
    String extendedBy,
    Instant extendedAt) {}
