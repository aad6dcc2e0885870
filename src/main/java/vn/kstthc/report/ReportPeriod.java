package vn.kstthc.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One period of a report type: its first and last day (both included, Vietnam's dates) and when
 * the units' parts and the Sở's report are due (null where the type has no such day).
 */
public record ReportPeriod(String typeId, LocalDate first, LocalDate last, LocalDate unitsDue, LocalDate departmentDue) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /** "từ ngày 15/09/2026 đến ngày 14/12/2026", as the forms write a period. */
  public String label() {
    return "từ ngày " + first.format(DAY) + " đến ngày " + last.format(DAY);
  }
}
