package vn.kstthc.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report form (biểu mẫu) as its template file describes it ({@code reports/forms/*.yaml}): its
 * columns, each counted by a named query of the query layer, and the identities its figures must
 * satisfy. Rows are the dossiers' level, then field.
 *
 * @param window the key of the column whose dossiers include those of every other column: the
 *     figures are counted over its dossiers only ({@link FormFigures})
 */
public record FormTemplate(
    String id,
    int version,
    String code,
    String title,
    String unitOfMeasure,
    String rowHeading,
    List<Column> columns,
    List<Identity> identities,
    String window) {

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

  /** A heading of the form's table, on rows {@code row..lastRow} and columns {@code column..lastColumn} of its grid. */
  public record Heading(String text, int row, int lastRow, int column, int lastColumn) {}

  /** How many rows the headings take: as many as the deepest column's headings. */
  public int headingDepth() {
    return columns.stream().mapToInt(column -> column.headings().size()).max().orElse(1);
  }

  /**
   * The table's headings in reading order (by row, then column), 0-based in a grid whose columns 0
   * and 1 are "STT" and the row heading, both spanning every heading row: a column's last heading
   * spans down to the bottom row, equal headings of neighbours span across. The XLSX and the PDF
   * both draw these, so their layouts cannot differ.
   */
  public List<Heading> headings() {
    int bottom = headingDepth() - 1;
    List<Heading> headings = new ArrayList<>();
    headings.add(new Heading("STT", 0, bottom, 0, 0));
    headings.add(new Heading(rowHeading, 0, bottom, 1, 1));
    for (int level = 0; level <= bottom; level++) {
      int c = 0;
      while (c < columns.size()) {
        List<String> texts = columns.get(c).headings();
        if (level >= texts.size()) {
          c++;
          continue;
        }
        int end = c;
        while (end + 1 < columns.size() && samePrefix(columns.get(end + 1).headings(), texts, level)) {
          end++;
        }
        headings.add(new Heading(texts.get(level), level, level == texts.size() - 1 ? bottom : level, 2 + c, 2 + end));
        c = end + 1;
      }
    }
    return headings;
  }

  /** Neighbours share a heading at a level when both have deeper headings under the same ones. */
  private static boolean samePrefix(List<String> a, List<String> b, int level) {
    return a.size() > level + 1 && b.size() > level + 1 && a.subList(0, level + 1).equals(b.subList(0, level + 1));
  }
}
