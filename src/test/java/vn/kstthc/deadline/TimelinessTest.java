package vn.kstthc.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimelinessTest {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Instant DUE = Instant.parse("2026-11-26T10:30:00Z"); // 17:30 in Vietnam

  @Test
  void aDeadlineInHoursIsJudgedByTheMinute() {
    DeadlineKind hours = DeadlineKind.HOURS;
    assertThat(Timeliness.classify(DUE, hours, Instant.parse("2026-11-25T10:29:00Z"), VN)).isEqualTo(Timeliness.SOM_HAN);
    assertThat(Timeliness.classify(DUE, hours, Instant.parse("2026-11-25T23:00:00Z"), VN)).isEqualTo(Timeliness.DUNG_HAN); // 06:00 on the due day
    assertThat(Timeliness.classify(DUE, hours, DUE, VN)).isEqualTo(Timeliness.DUNG_HAN);
    assertThat(Timeliness.classify(DUE, hours, DUE.plusSeconds(1), VN)).isEqualTo(Timeliness.TRE_HAN);
    assertThat(Timeliness.classify(null, hours, DUE, VN)).isEqualTo(Timeliness.KHONG_HAN);
  }

  @Test
  void anHourDeadlineEndingAtTheCloseOfOfficeHoursIsStillJudgedByTheMinute() {
    // PT8H from 07:30, PT4H from 13:30: due at 17:30; done at 23:00 the same day is late
    Instant elevenPm = Instant.parse("2026-11-26T16:00:00Z");
    assertThat(Timeliness.classify(DUE, DeadlineKind.HOURS, elevenPm, VN)).isEqualTo(Timeliness.TRE_HAN);
    assertThat(Timeliness.classify(DUE, DeadlineKind.DAYS, elevenPm, VN)).isEqualTo(Timeliness.DUNG_HAN);
  }

  @Test
  void aDeadlineCountedInDaysIsJudgedByDate() {
    DeadlineKind days = DeadlineKind.DAYS;
    assertThat(Timeliness.classify(DUE, days, DUE.plusSeconds(3600), VN)).isEqualTo(Timeliness.DUNG_HAN); // 18:30 same day
    assertThat(Timeliness.classify(DUE, days, Instant.parse("2026-11-26T17:30:00Z"), VN)).isEqualTo(Timeliness.TRE_HAN); // 00:30 next day
    assertThat(Timeliness.classify(DUE, days, Instant.parse("2026-11-25T16:59:00Z"), VN)).isEqualTo(Timeliness.SOM_HAN); // 23:59 the day before
  }

  /** The words of official reports and provincial statistics: trước hạn, đúng hạn, trễ hạn. */
  @Test
  void labelsSayWhatReportsSay() {
    assertThat(Timeliness.SOM_HAN.label()).isEqualTo("Trước hạn");
    assertThat(Timeliness.DUNG_HAN.label()).isEqualTo("Đúng hạn");
    assertThat(Timeliness.TRE_HAN.label()).isEqualTo("Trễ hạn");
    assertThat(Timeliness.values()).extracting(Timeliness::label).noneMatch(label -> label.toLowerCase().contains("sớm"));
  }
}
