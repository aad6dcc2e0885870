package vn.kstthc.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * How a completed step or dossier is judged against its deadline (đánh giá tiến độ), the status
 * every report counts.
 */
public enum Timeliness {
  /** Sớm hạn: finished on a day before the due day. */
  SOM_HAN("Sớm hạn"),
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

  /** Judged against the due moment: after it is late. */
  public static Timeliness classify(Instant due, Instant finished, ZoneId zone) {
    return classify(due, finished, zone, null);
  }

  /**
   * Judged like {@link #classify(Instant, Instant, ZoneId)}, except that a deadline counted in
   * days (one that falls due at {@code endOfOfficeDay}, 17:30) is judged by date, as docs/calendar.md
   * decides (Bộ luật Dân sự art. 148: a period in days ends at the end of its last day): done on
   * the due day, even after 17:30, is on time.
   */
  public static Timeliness classify(Instant due, Instant finished, ZoneId zone, LocalTime endOfOfficeDay) {
    if (due == null) {
      return KHONG_HAN;
    }
    LocalDate dueDay = due.atZone(zone).toLocalDate();
    LocalDate finishedDay = finished.atZone(zone).toLocalDate();
    boolean countedInDays = endOfOfficeDay != null && due.atZone(zone).toLocalTime().equals(endOfOfficeDay);
    if (countedInDays ? finishedDay.isAfter(dueDay) : finished.isAfter(due)) {
      return TRE_HAN;
    }
    return finishedDay.isBefore(dueDay) ? SOM_HAN : DUNG_HAN;
  }
}
