package vn.kstthc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over many seeded random dates 2020-2035, with the shipped files (2025, 2026) and the
 * computed years around them. A fixed seed keeps failures reproducible.
 */
class WorkingDayPropertiesTest {

  private static final long SEED = 20250101L;
  private static final int SAMPLES = 4000;
  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  private static final int SPAN_DAYS = (int) (LocalDate.of(2035, 12, 31).toEpochDay() - FIRST.toEpochDay());

  private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();
  private final HolidaySchedule schedule = calendar.schedule();

  private static LocalDate randomDate(Random random) {
    return FIRST.plusDays(random.nextInt(SPAN_DAYS + 1));
  }

  @Test
  void workingDaysAreWeekdaysThatAreNotOffOrMakeUpDays() {
    for (LocalDate d = FIRST; d.getYear() <= 2035; d = d.plusDays(1)) {
      boolean expected = schedule.isMakeUpWorkingDay(d) || !StatutoryHolidays.isWeekend(d) && !schedule.isDayOff(d);
      assertThat(calendar.isWorkingDay(d)).as("%s", d).isEqualTo(expected);
    }
  }

  @Test
  void addingWorkingDaysLandsOnAWorkingDay() {
    Random random = new Random(SEED);
    for (int i = 0; i < SAMPLES; i++) {
      LocalDate from = randomDate(random);
      int n = random.nextInt(81);
      LocalDate result = calendar.addWorkingDays(from, n);
      assertThat(calendar.isWorkingDay(result)).as("%s + %d = %s", from, n, result).isTrue();
      assertThat(schedule.isDayOff(result)).as("%s is a day off", result).isFalse();
      if (StatutoryHolidays.isWeekend(result)) {
        assertThat(schedule.isMakeUpWorkingDay(result)).as("weekend %s must be a make-up day", result).isTrue();
      }
      if (n > 0) {
        assertThat(result).isAfter(from);
      } else {
        assertThat(result).isAfterOrEqualTo(from);
      }
    }
  }

  @Test
  void addingIsMonotonicInTheCount() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < SAMPLES; i++) {
      LocalDate from = randomDate(random);
      int n = random.nextInt(80);
      LocalDate current = calendar.addWorkingDays(from, n);
      LocalDate next = calendar.addWorkingDays(from, n + 1);
      if (n == 0) {
        assertThat(next).isAfterOrEqualTo(current);
      } else {
        assertThat(next).as("%s + %d vs + %d", from, n, n + 1).isAfter(current);
      }
    }
  }

  @Test
  void addingIsMonotonicInTheStartDate() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < SAMPLES; i++) {
      LocalDate a = randomDate(random);
      LocalDate b = a.plusDays(random.nextInt(40));
      int n = random.nextInt(81);
      assertThat(calendar.addWorkingDays(b, n)).as("%s <= %s, n = %d", a, b, n)
          .isAfterOrEqualTo(calendar.addWorkingDays(a, n));
    }
  }

  @Test
  void countingUndoesAdding() {
    Random random = new Random(SEED + 3);
    for (int i = 0; i < SAMPLES; i++) {
      LocalDate from = randomDate(random);
      int n = 1 + random.nextInt(80);
      assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).as("%s, n = %d", from, n)
          .isEqualTo(n);
      if (calendar.isWorkingDay(from)) {
        assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, 0))).isZero();
      }
    }
  }

  @Test
  void countingAgreesWithADayByDayCount() {
    Random random = new Random(SEED + 4);
    for (int i = 0; i < 500; i++) {
      LocalDate a = randomDate(random);
      LocalDate b = a.plusDays(random.nextInt(800));
      int naive = 0;
      for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
        naive += calendar.isWorkingDay(d) ? 1 : 0;
      }
      assertThat(calendar.workingDaysBetween(a, b)).as("(%s, %s]", a, b).isEqualTo(naive);
      assertThat(calendar.workingDaysBetween(b, a)).isEqualTo(-naive);
    }
  }

  @Test
  void countingIsAdditive() {
    Random random = new Random(SEED + 5);
    for (int i = 0; i < SAMPLES; i++) {
      LocalDate a = randomDate(random);
      LocalDate b = randomDate(random);
      LocalDate c = randomDate(random);
      assertThat(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c))
          .isEqualTo(calendar.workingDaysBetween(a, c));
    }
  }

  @Test
  void addingOneIsTheNextWorkingDayByStepping() {
    Random random = new Random(SEED + 6);
    for (int i = 0; i < SAMPLES; i++) {
      LocalDate from = randomDate(random);
      LocalDate stepped = from.plusDays(1);
      while (!calendar.isWorkingDay(stepped)) {
        stepped = stepped.plusDays(1);
      }
      assertThat(calendar.nextWorkingDay(from)).isEqualTo(stepped);
    }
  }
}
