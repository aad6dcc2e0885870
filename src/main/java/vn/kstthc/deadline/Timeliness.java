package vn.kstthc.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How a completed step or dossier is judged against its deadline (đánh giá tiến độ), the status
 * every report counts.
 */
public enum Timeliness {
  /**
   * Trước hạn: finished on a day before the due day. Reports say "trước hạn"; the constant keeps
   * its first name because it is the value stored in {@code kstthc_deadline_outcome.status}.
   */
  SOM_HAN("Trước hạn"),
  /** Đúng hạn: finished on the due day, by the due time. */
  DUNG_HAN("Đúng hạn"),
  /** Trễ hạn: finished after the due time. */
  TRE_HAN("Trễ hạn"),
  /** Không có hạn: the step had no deadline. */
  KHONG_HAN("Không có hạn"),
  /** Đã hủy: the dossier was cancelled; counted in no on-time rate. */
  DA_HUY("Đã hủy");

  private final String label;

  Timeliness(String label) {
    this.label = label;
  }

  /** Vietnamese label for reports and mails. */
  public String label() {
    return label;
  }

  /**
   * Judged against the deadline by its kind, fixed when it was resolved: a deadline counted in
   * days by date (done on the due day, even after office hours, is on time: Điều 148
   * Bộ luật Dân sự năm 2015, see docs/calendar.md), one counted in hours by the moment.
   */
  public static Timeliness classify(Instant due, DeadlineKind kind, Instant finished, ZoneId zone) {
    if (due == null) {
      return KHONG_HAN;
    }
    LocalDate dueDay = due.atZone(zone).toLocalDate();
    LocalDate finishedDay = finished.atZone(zone).toLocalDate();
    if (kind == DeadlineKind.DAYS ? finishedDay.isAfter(dueDay) : finished.isAfter(due)) {
      return TRE_HAN;
    }
    return finishedDay.isBefore(dueDay) ? SOM_HAN : DUNG_HAN;
  }
}
