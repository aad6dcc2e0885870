package vn.kstthc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import vn.kstthc.calendar.WorkingDayCalendar;

/** Periods and due days of the shipped report types file, at the boundaries of their periods. */
class ReportTypesTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard();
  private static final ReportTypes TYPES = ReportTypes.read(new ClassPathResource("reports/loai-bao-cao.yaml"));

  private static ReportPeriod period(String type, String day) {
    return TYPES.type(type).orElseThrow().periodOf(LocalDate.parse(day), CALENDAR);
  }

  @Test
  void aQuarterRunsFromThe15thOfTheMonthBeforeToThe14thOfItsLastMonth() {
    assertThat(period("kstthc-quy", "2026-12-14"))
        .isEqualTo(new ReportPeriod("kstthc-quy", LocalDate.parse("2026-09-15"), LocalDate.parse("2026-12-14"),
            LocalDate.parse("2026-12-15"), LocalDate.parse("2026-12-21")));
    assertThat(period("kstthc-quy", "2026-12-15").first()).isEqualTo("2026-12-15");
    assertThat(period("kstthc-quy", "2026-12-15").last()).isEqualTo("2027-03-14");
    assertThat(period("kstthc-quy", "2026-09-15").first()).isEqualTo("2026-09-15");
    assertThat(period("kstthc-quy", "2026-09-14").last()).isEqualTo("2026-09-14");
  }

  @Test
  void theFirstQuarterCrossesTheYearEnd() {
    ReportPeriod first = period("kstthc-quy", "2026-01-01");

    assertThat(first.first()).isEqualTo("2025-12-15");
    assertThat(first.last()).isEqualTo("2026-03-14");
    assertThat(period("kstthc-quy", "2025-12-31")).isEqualTo(first);
    // the 15th is a Sunday: due on Monday the 16th; the 19th is a Thursday
    assertThat(first.unitsDue()).isEqualTo("2026-03-16");
    assertThat(first.departmentDue()).isEqualTo("2026-03-19");
  }

  @Test
  void aYearRunsFrom15DecemberTo14December() {
    assertThat(period("kstthc-nam", "2026-12-14").first()).isEqualTo("2025-12-15");
    assertThat(period("kstthc-nam", "2026-12-14").last()).isEqualTo("2026-12-14");
    assertThat(period("kstthc-nam", "2026-12-15").first()).isEqualTo("2026-12-15");
    assertThat(period("kstthc-nam", "2026-12-31").last()).isEqualTo("2027-12-14");
    // the 19th of December 2026 is a Saturday: due on Monday the 21st
    assertThat(period("kstthc-nam", "2026-06-01").departmentDue()).isEqualTo("2026-12-21");
  }

  @Test
  void theMonthlyAdministrativeReformReportRunsFromThe21stToThe20th() {
    ReportPeriod november = period("cchc-thang", "2026-11-20");

    assertThat(november.first()).isEqualTo("2026-10-21");
    assertThat(november.last()).isEqualTo("2026-11-20");
    assertThat(november.unitsDue()).as("no source gives the units a day").isNull();
    // the 21st is a Saturday: the next working day (Điều 148 BLDS), not the Friday before
    assertThat(november.departmentDue()).isEqualTo("2026-11-23");
    assertThat(period("cchc-thang", "2026-11-21").first()).isEqualTo("2026-11-21");
    assertThat(period("cchc-thang", "2026-12-31").first()).isEqualTo("2026-12-21");
    assertThat(period("cchc-thang", "2026-12-31").last()).isEqualTo("2027-01-20");
    assertThat(period("cchc-thang", "2026-12-31").departmentDue()).isEqualTo("2027-01-21");
  }

  @Test
  void sixMonthlyPeriodsAndThePeriodBefore() {
    ReportType sixMonthly = TYPES.type("nguoi-dung-dau-6-thang").orElseThrow();
    ReportPeriod second = sixMonthly.periodOf(LocalDate.parse("2026-06-15"), CALENDAR);

    assertThat(second.first()).isEqualTo("2026-06-15");
    assertThat(second.last()).isEqualTo("2026-12-14");
    assertThat(sixMonthly.previous(second, CALENDAR).first()).isEqualTo("2025-12-15");
    assertThat(sixMonthly.previous(second, CALENDAR).last()).isEqualTo("2026-06-14");
  }

  @Test
  void theShippedTypesNameTheReportingRole() {
    assertThat(TYPES.all()).extracting(ReportType::reportingRole).containsOnly("giai-quyet-tthc");
    assertThat(period("kstthc-quy", "2026-10-01").label()).isEqualTo("từ ngày 15/09/2026 đến ngày 14/12/2026");
  }

  @Test
  void everyMistakeOfAProvincesFileIsToldInVietnamese() {
    String file = """
        types:
          - id: Quy
            endMonths: [13]
            endDay: 40
        """;
    assertThatThrownBy(() -> ReportTypes.read(new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("id chỉ gồm chữ thường")
        .hasMessageContaining("thiếu tên (name)")
        .hasMessageContaining("endMonths) phải từ 1 đến 12")
        .hasMessageContaining("endDay phải là một ngày trong tháng")
        .hasMessageContaining("thiếu vai trò báo cáo");
  }
}
