package vn.kstthc.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimelinessTest {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Instant DUE = Instant.parse("2026-11-26T10:30:00Z"); // 17:30 in Vietnam

  @Test
  void judgesByTheDueDayAndTime() {
    assertThat(Timeliness.classify(DUE, Instant.parse("2026-11-25T10:29:00Z"), VN)).isEqualTo(Timeliness.SOM_HAN);
    assertThat(Timeliness.classify(DUE, Instant.parse("2026-11-25T23:00:00Z"), VN)).isEqualTo(Timeliness.DUNG_HAN); // 06:00 on the due day
    assertThat(Timeliness.classify(DUE, DUE, VN)).isEqualTo(Timeliness.DUNG_HAN);
    assertThat(Timeliness.classify(DUE, DUE.plusSeconds(1), VN)).isEqualTo(Timeliness.TRE_HAN);
    assertThat(Timeliness.classify(null, DUE, VN)).isEqualTo(Timeliness.KHONG_HAN);
  }

  @Test
  void aDeadlineCountedInDaysIsJudgedByDate() {
    java.time.LocalTime closing = java.time.LocalTime.of(17, 30);
    assertThat(Timeliness.classify(DUE, DUE.plusSeconds(3600), VN, closing)).isEqualTo(Timeliness.DUNG_HAN); // 18:30 same day
    assertThat(Timeliness.classify(DUE, Instant.parse("2026-11-26T17:30:00Z"), VN, closing)).isEqualTo(Timeliness.TRE_HAN); // 00:30 next day
    Instant dueAtTen = Instant.parse("2026-11-26T03:00:00Z"); // 10:00, counted in hours
    assertThat(Timeliness.classify(dueAtTen, dueAtTen.plusSeconds(60), VN, closing)).isEqualTo(Timeliness.TRE_HAN);
  }
}
