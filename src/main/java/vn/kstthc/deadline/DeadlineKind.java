package vn.kstthc.deadline;

/**
 * Whether a deadline is counted in days or in hours, fixed when the deadline is resolved (never
 * guessed from the time of day it falls due): it decides how a completion is judged ({@link
 * Timeliness}).
 */
public enum DeadlineKind {
  /**
   * Counted in days ({@code P3D}, {@code lich:P5D}, a date {@code 2026-12-15}): judged by date, a
   * period in days ending at the end of its last day (Điều 148 Bộ luật Dân sự năm 2015).
   */
  DAYS,
  /**
   * Counted in hours ({@code PT8H}, {@code lich:PT48H}) or a moment ({@code 2026-12-15T10:00:00},
   * a Date value): judged by the minute.
   */
  HOURS
}
