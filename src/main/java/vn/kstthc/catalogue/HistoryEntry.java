package vn.kstthc.catalogue;

import java.time.Instant;

/**
 * One change of a TTHC: what (kind and details), by which decision (null for a file import),
 * when and by whom.
 */
public record HistoryEntry(
    ChangeKind change, String decisionId, String decisionNumber, Instant changedAt, String actor, String details) {}
