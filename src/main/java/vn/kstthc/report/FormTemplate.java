package vn.kstthc.report;

import java.util.List;

/**
 * A report form (biểu mẫu) as its template file describes it ({@code reports/forms/*.yaml}): its
 * columns, each counted by a named query of the query layer, and the identities its figures must
 * satisfy. Rows are the dossiers' level, then field.
 */
public record FormTemplate(
    String id,
    int version,
    String code,
    String title,
    String unitOfMeasure,
    String rowHeading,
    List<Column> columns,
    List<Identity> identities) {

  public FormTemplate {
    columns = List.copyOf(columns);
    identities = List.copyOf(identities);
  }

  /** A figure column: its headings from the top of the form down, and its query. */
  public record Column(String key, List<String> headings, String query) {
    public Column {
      headings = List.copyOf(headings);
    }
  }

  /** {@code total} must equal the sum of {@code parts}; {@code message} says so in Vietnamese. */
  public record Identity(String total, List<String> parts, String message) {
    public Identity {
      parts = List.copyOf(parts);
    }
  }

  public Column column(String key) {
    return columns.stream().filter(column -> column.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Biểu " + id + " không có cột '" + key + "'"));
  }
}
