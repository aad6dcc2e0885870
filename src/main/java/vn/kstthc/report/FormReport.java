package vn.kstthc.report;

import java.util.List;
import java.util.Map;
import vn.kstthc.catalogue.TthcLevel;

/**
 * A form filled for a period: one row per level and field with dossiers, and the total row.
 *
 * @param units the units counted (empty: every unit)
 * @param identityFailures every identity that does not hold, in Vietnamese; a report with any
 *     cannot be submitted
 */
public record FormReport(
    String formId,
    int formVersion,
    ReportPeriod period,
    List<String> units,
    List<Row> rows,
    Row total,
    List<String> identityFailures) {

  /** One row: a level and a field (both null for the total), and a figure per column key. */
  public record Row(TthcLevel level, String field, Map<String, Long> cells) {

    public long cell(String key) {
      return cells.getOrDefault(key, 0L);
    }

    /** "Cấp tỉnh — Khoa học và công nghệ", "Tổng số". */
    public String label() {
      return level == null ? "Tổng số" : "Cấp " + level.label() + " — " + field;
    }
  }
}
