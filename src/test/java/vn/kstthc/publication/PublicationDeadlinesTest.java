package vn.kstthc.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kstthc.calendar.WorkingDayCalendar;

class PublicationDeadlinesTest {

  final PublicationDeadlines deadlines = new PublicationDeadlines(WorkingDayCalendar.standard());
  /** A source document issued well before it takes effect. */
  static final LocalDate ISSUED = LocalDate.of(2025, 12, 1);

  @Test
  void theChairSignsFiveCalendarDaysBeforeTheEffectOnAWorkingDay() {
    // Tue 15/12/2026 - 5 = Thu 10/12: a working day
    assertThat(deadlines.chairSignsBy(ISSUED, LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2026, 12, 10));
    // Thu 10/12/2026 - 5 = Sat 05/12: back to Fri 04/12
    assertThat(deadlines.chairSignsBy(ISSUED, LocalDate.of(2026, 12, 10))).isEqualTo(LocalDate.of(2026, 12, 4));
    // Mon 23/02/2026 - 5 = Wed 18/02, mùng 2 Tết; the break runs Sat 14/02 to Sun 22/02: Fri 13/02
    assertThat(deadlines.chairSignsBy(ISSUED, LocalDate.of(2026, 2, 23))).isEqualTo(LocalDate.of(2026, 2, 13));
  }

  @Test
  void theSoSubmitsOneOrThreeWorkingDaysAfterLearningAndNeverAfterTheChairsDay() {
    LocalDate farOff = LocalDate.of(2026, 6, 30);
    // learned Fri 13/02/2026, the last day before Tết: 1 working day is Mon 23/02, 3 are Wed 25/02
    assertThat(deadlines.submitBy(false, LocalDate.of(2026, 2, 13), ISSUED, farOff)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(deadlines.submitBy(true, LocalDate.of(2026, 2, 13), ISSUED, farOff)).isEqualTo(LocalDate.of(2026, 2, 25));
    // learned Thu 03/12/2026: Fri 04/12, or Tue 08/12 over the weekend
    assertThat(deadlines.submitBy(false, LocalDate.of(2026, 12, 3), ISSUED, farOff.plusYears(1))).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(deadlines.submitBy(true, LocalDate.of(2026, 12, 3), ISSUED, farOff.plusYears(1))).isEqualTo(LocalDate.of(2026, 12, 8));
    // the TTHC take effect Thu 10/12: the chair signs by Fri 04/12, so the Sở cannot have until Tue 08/12
    assertThat(deadlines.submitBy(true, LocalDate.of(2026, 12, 3), ISSUED, LocalDate.of(2026, 12, 10))).isEqualTo(LocalDate.of(2026, 12, 4));
  }

  @Test
  void aDocumentInForceFromItsSignatureIsPublishedWithinThreeWorkingDays() {
    // issued and in force Thu 03/12/2026: Fri 04, Mon 07, Tue 08/12
    LocalDate issued = LocalDate.of(2026, 12, 3);
    assertThat(deadlines.chairSignsBy(issued, issued)).isEqualTo(LocalDate.of(2026, 12, 8));
    // issued Fri 13/02/2026, the last day before Tết, in force from then: Mon 23, Tue 24, Wed 25/02
    assertThat(deadlines.chairSignsBy(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 13)))
        .isEqualTo(LocalDate.of(2026, 2, 25));
    // and the Sở's submission is never later than that
    assertThat(deadlines.submitBy(true, issued, issued, issued)).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(deadlines.submitBy(false, issued, issued, issued)).isEqualTo(LocalDate.of(2026, 12, 4));
  }
}
