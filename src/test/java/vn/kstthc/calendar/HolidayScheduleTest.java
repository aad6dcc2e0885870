package vn.kstthc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data files override computed years, later sources override earlier ones, bad files fail loudly. */
class HolidayScheduleTest {

  @TempDir
  Path provinceDir;

  private static final String PROVINCE_2026 = """
      year: 2026
      source: Quyết định số 99/QĐ-UBND ngày 01/11/2026 của UBND tỉnh (ví dụ kiểm thử)
      days_off:
        - date: 2026-01-01
          name: Tết Dương lịch
        - date: 2026-11-24
          name: Ngày Văn hóa Việt Nam
      make_up_working_days:
        - date: 2026-11-28
          name: Làm bù (ví dụ)
      """;

  private void write(String fileName, String content) throws IOException {
    Files.writeString(provinceDir.resolve(fileName), content, StandardCharsets.UTF_8);
  }

  @Test
  void aFileReplacesTheComputedYear() {
    HolidaySchedule schedule = HolidaySchedule.standard();
    // Computed 2025 would close 28/1-3/2; the official schedule closes 27-31/1 instead.
    assertThat(StatutoryHolidays.compute(2025).isDayOff(LocalDate.of(2025, 2, 3))).isTrue();
    assertThat(schedule.isDayOff(LocalDate.of(2025, 2, 3))).isFalse();
    assertThat(StatutoryHolidays.compute(2025).isDayOff(LocalDate.of(2025, 1, 27))).isFalse();
    assertThat(schedule.isDayOff(LocalDate.of(2025, 1, 27))).isTrue();
    assertThat(schedule.isMakeUpWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
    assertThat(schedule.nameOf(LocalDate.of(2025, 4, 26))).hasValue("Làm bù cho thứ Sáu 02/5/2025");
  }

  @Test
  void yearsWithoutAFileAreComputed() {
    HolidaySchedule schedule = HolidaySchedule.standard();
    assertThat(schedule.year(2027).origin()).isEqualTo("computed");
    assertThat(schedule.year(2023).origin()).isEqualTo("computed");
    assertThat(HolidaySchedule.computedOnly().year(2025).origin()).isEqualTo("computed");
  }

  @Test
  void anExternalDirectoryReplacesTheShippedFileForItsYear() throws IOException {
    write("holidays-2026.yaml", PROVINCE_2026);
    HolidaySchedule schedule = HolidaySchedule.of(HolidaySource.classpath(), HolidaySource.directory(provinceDir));

    assertThat(schedule.year(2026).origin()).endsWith("holidays-2026.yaml").contains(provinceDir.toString());
    assertThat(schedule.isDayOff(LocalDate.of(2026, 11, 24))).isTrue();
    assertThat(schedule.isDayOff(LocalDate.of(2026, 2, 17))).as("whole year replaced").isFalse();
    assertThat(schedule.isMakeUpWorkingDay(LocalDate.of(2026, 1, 10))).isFalse();
    assertThat(schedule.isMakeUpWorkingDay(LocalDate.of(2026, 11, 28))).isTrue();
    assertThat(schedule.year(2025).origin()).as("other years untouched").isEqualTo("calendar/holidays-2025.yaml");
  }

  @Test
  void theLaterSourceWins() throws IOException {
    write("holidays-2026.yaml", PROVINCE_2026);
    HolidaySchedule schedule = HolidaySchedule.of(HolidaySource.directory(provinceDir), HolidaySource.classpath());
    assertThat(schedule.year(2026).origin()).isEqualTo("calendar/holidays-2026.yaml");
  }

  @Test
  void anExternalFileCanAddAYearWithoutShippedData() throws IOException {
    write("holidays-2027.yaml", """
        year: 2027
        source: Thông báo số 1/TB-BNV (ví dụ kiểm thử)
        days_off:
          - date: 2027-01-01
            name: Tết Dương lịch
        make_up_working_days:
        """);
    write("README.txt", "not a holiday file, ignored");
    HolidaySchedule schedule = HolidaySchedule.of(HolidaySource.classpath(), HolidaySource.directory(provinceDir));
    assertThat(schedule.year(2027).daysOff()).hasSize(1);
    assertThat(schedule.year(2027).makeUpWorkingDays()).isEmpty();
    assertThat(schedule.yearsFromFiles()).contains(2025, 2026, 2027);
  }

  private HolidayDataException loadFails(String fileName, String content) throws IOException {
    write(fileName, content);
    HolidaySource source = HolidaySource.directory(provinceDir);
    return org.junit.jupiter.api.Assertions.assertThrows(HolidayDataException.class, source::load);
  }

  @Test
  void aBadDateNamesTheFileAndLine() throws IOException {
    HolidayDataException e = loadFails("holidays-2026.yaml", """
        year: 2026
        source: Thông báo số 1/TB-BNV
        days_off:
          - date: 2026-01-01
            name: Tết Dương lịch
          - date: 2026-02-30
            name: Ngày không tồn tại
        """);
    assertThat(e.file()).endsWith("holidays-2026.yaml");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.getMessage()).contains("holidays-2026.yaml:6:", "'2026-02-30'", "yyyy-MM-dd");
  }

  @Test
  void aYamlSyntaxErrorNamesTheFileAndLine() throws IOException {
    HolidayDataException e = loadFails("holidays-2026.yaml", """
        year: 2026
        source: Thông báo số 1/TB-BNV
        days_off:
          - date: 2026-01-01
             name: lệch thụt dòng
        """);
    assertThat(e.getMessage()).contains("holidays-2026.yaml:5:", "invalid YAML");
  }

  @Test
  void aMisspelledKeyIsRejected() throws IOException {
    HolidayDataException e = loadFails("holidays-2026.yaml", """
        year: 2026
        source: Thông báo số 1/TB-BNV
        days-off:
          - date: 2026-01-01
            name: Tết Dương lịch
        """);
    assertThat(e.getMessage()).contains("holidays-2026.yaml:3:", "unknown key 'days-off'");
  }

  @Test
  void theYearMustMatchTheFileName() throws IOException {
    HolidayDataException e = loadFails("holidays-2026.yaml", """
        year: 2025
        source: Thông báo số 1/TB-BNV
        days_off: []
        """);
    assertThat(e.getMessage()).contains("holidays-2026.yaml", "does not match the file name");
  }

  @Test
  void aDayOutsideTheYearIsRejected() throws IOException {
    HolidayDataException e = loadFails("holidays-2026.yaml", """
        year: 2026
        source: Thông báo số 1/TB-BNV
        days_off:
          - date: 2025-12-31
            name: Năm khác
        """);
    assertThat(e.getMessage()).contains("holidays-2026.yaml:4:", "not in year 2026");
  }

  @Test
  void aMakeUpDayMustBeAWeekendDay() throws IOException {
    HolidayDataException e = loadFails("holidays-2026.yaml", """
        year: 2026
        source: Thông báo số 1/TB-BNV
        days_off: []
        make_up_working_days:
          - date: 2026-01-12
            name: Thứ Hai vốn là ngày làm việc
        """);
    assertThat(e.getMessage()).contains("holidays-2026.yaml:5:", "MONDAY");
  }

  @Test
  void aMissingSourceIsRejected() throws IOException {
    HolidayDataException e = loadFails("holidays-2026.yaml", """
        year: 2026
        days_off: []
        """);
    assertThat(e.getMessage()).contains("holidays-2026.yaml:1:", "missing 'source'");
  }

  @Test
  void aDateListedTwiceIsRejected() throws IOException {
    HolidayDataException e = loadFails("holidays-2026.yaml", """
        year: 2026
        source: Thông báo số 1/TB-BNV
        days_off:
          - date: 2026-01-01
            name: Tết Dương lịch
          - date: 2026-01-01
            name: Lặp lại
        """);
    assertThat(e.getMessage()).contains("holidays-2026.yaml:6:", "listed twice");
  }

  @Test
  void anEmptyFileIsRejected() throws IOException {
    HolidayDataException e = loadFails("holidays-2026.yaml", "");
    assertThat(e.getMessage()).contains("holidays-2026.yaml", "empty");
  }

  @Test
  void aWronglyNamedHolidayFileIsRejectedRatherThanIgnored() throws IOException {
    HolidayDataException e = loadFails("holidays_2026.yml", PROVINCE_2026);
    assertThat(e.getMessage()).contains("holidays_2026.yml", "holidays-YYYY.yaml");
  }

  @Test
  void aMissingDirectoryIsRejected() {
    Path missing = provinceDir.resolve("does-not-exist");
    assertThatThrownBy(() -> HolidaySchedule.of(HolidaySource.classpath(), HolidaySource.directory(missing)))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("does-not-exist")
        .hasMessageContaining("does not exist");
  }
}
