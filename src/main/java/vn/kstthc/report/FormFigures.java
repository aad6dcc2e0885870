package vn.kstthc.report;

import java.sql.Date;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.kstthc.catalogue.TthcLevel;
import vn.kstthc.reporting.NamedQueries;
import vn.kstthc.reporting.ReportScope;

/**
 * Fills a form from its template: each column's figure is the number of dossiers its named query
 * selects, per level and field; the dossiers behind a figure are the same query's rows. So a figure
 * and its drill-down cannot disagree. The figures of all columns are counted in one query.
 */
@Service
public class FormFigures {

  private static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"))::compare;
  private static final Comparator<Key> ROW_ORDER =
      Comparator.comparing(Key::level).thenComparing(Key::field, VIETNAMESE);

  static final String RESOLVED_LATE = "ii05a-qua-han";
  static final String RESOLVED = "ii05a-da-giai-quyet-tong";

  /**
   * The shape of a column's query: dossiers of the reader's units that satisfy a condition, in any
   * case and spacing, with or without a final semicolon. Every column is counted from its condition
   * in one pass over the dossiers ({@link #countsSql}).
   */
  private static final Pattern COLUMN_QUERY = Pattern.compile(
      "\\s*select\\s.+?\\sfrom\\s+kstthc_dossier_record\\s+d\\s+where\\s+(.+?)"
          + "\\s+and\\s+\\(\\s*:allUnits\\s*=\\s*1\\s+or\\s+d\\.unit_id\\s+in\\s*\\(\\s*:units\\s*\\)\\s*\\)\\s*;?\\s*",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern OR = Pattern.compile("\\bor\\b", Pattern.CASE_INSENSITIVE);

  private final NamedQueries queries;
  private final Map<FormTemplate, String> counts = new ConcurrentHashMap<>();

  public FormFigures(NamedQueries queries) {
    this.queries = queries;
  }

  private record Key(TthcLevel level, String field) {}

  public FormReport fill(FormTemplate template, ReportScope scope, ReportPeriod period) {
    Map<Key, Map<String, Long>> cells = new TreeMap<>(ROW_ORDER);
    if (!scope.isEmpty()) {
      List<FormTemplate.Column> columns = template.columns();
      queries.queryBuilt(counts.computeIfAbsent(template, this::countsSql), parameters(scope, period), rs -> {
        Map<String, Long> figures = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
          figures.put(columns.get(c).key(), rs.getLong("n" + c));
        }
        cells.put(new Key(TthcLevel.valueOf(rs.getString("tthc_level")), rs.getString("field")), figures);
      });
    }
    List<FormReport.Row> rows = new ArrayList<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    template.columns().forEach(column -> totals.put(column.key(), 0L));
    cells.forEach((key, figures) -> {
      Map<String, Long> row = new LinkedHashMap<>();
      template.columns().forEach(column -> row.put(column.key(), figures.getOrDefault(column.key(), 0L)));
      row.forEach((column, n) -> totals.merge(column, n, Long::sum));
      rows.add(new FormReport.Row(key.level(), key.field(), row));
    });
    FormReport.Row total = new FormReport.Row(null, null, totals);
    List<String> failures = new ArrayList<>();
    for (FormReport.Row row : rows) {
      failures.addAll(check(template, row));
    }
    failures.addAll(check(template, total));
    List<String> units = scope.allUnits() ? List.of() : scope.units().stream().sorted().toList();
    return new FormReport(template.id(), template.version(), period, units, rows, total, failures);
  }

  /** The dossiers behind one figure: a column, optionally one row (level and field). */
  public List<DossierRecord> dossiers(FormTemplate template, String columnKey, ReportScope scope, ReportPeriod period,
      TthcLevel level, String field) {
    FormTemplate.Column column = template.column(columnKey);
    if (scope.isEmpty()) {
      return List.of();
    }
    Map<String, Object> parameters = parameters(scope, period);
    String where = " where 1 = 1";
    if (level != null) {
      where += " and q.tthc_level = :level";
      parameters.put("level", level.name());
    }
    if (field != null) {
      where += " and q.field = :field";
      parameters.put("field", field);
    }
    return queries.queryAround(column.query(), "select * from (", ") q" + where
        + " order by q.unit_id, q.received_on, q.case_number", parameters, DossierRecords::map);
  }

  /**
   * Every unit's dossiers resolved after their due day between two days: those form II.05a counts
   * "đã giải quyết / quá hạn" (the same query), for the monthly late list.
   */
  public List<DossierRecord> resolvedLate(LocalDate first, LocalDate last) {
    return queries.query(RESOLVED_LATE, parameters(ReportScope.everyUnit(), new ReportPeriod(null, first, last, null, null)),
        DossierRecords::map);
  }

  /**
   * Every unit's dossiers resolved between two days, on time or late: those form II.05a counts
   * "đã giải quyết / tổng số" (the same query), for the monthly late list's on-time rates.
   */
  public List<DossierRecord> resolved(LocalDate first, LocalDate last) {
    return queries.query(RESOLVED, parameters(ReportScope.everyUnit(), new ReportPeriod(null, first, last, null, null)),
        DossierRecords::map);
  }

  /**
   * One query for the whole form: a row per level and field, a conditional count per column, each
   * the condition of the column's own query (the drill-down's), so figures and drill-downs cannot
   * disagree. One pass over the dossiers of the template's window instead of one per column over
   * all: a Sở's quarter over a million dossiers takes a fraction of a second
   * (benchmark/results/report-figures-*.md).
   */
  private String countsSql(FormTemplate template) {
    StringBuilder sql = new StringBuilder("select d.tthc_level, d.field");
    for (int c = 0; c < template.columns().size(); c++) {
      sql.append(",\n sum(case when (").append(condition(template, template.columns().get(c)))
          .append(") then 1 else 0 end) as n").append(c);
    }
    // the window's dossiers only (those of the period), found by the indexes on the days (V146)
    return sql.append("\n from kstthc_dossier_record d where (:allUnits = 1 or d.unit_id in (:units)) and (")
        .append(condition(template, template.column(template.window()))).append(")\n group by d.tthc_level, d.field")
        .toString();
  }

  /**
   * Builds the form's one query now: a column whose query has another shape fails the start (as a
   * template naming an unknown query does) instead of every first read of the form.
   */
  void prepare(FormTemplate template) {
    counts.computeIfAbsent(template, this::countsSql);
  }

  private String condition(FormTemplate template, FormTemplate.Column column) {
    try {
      return condition(queries.sql(column.query()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Biểu " + template.id() + ", cột '" + column.key() + "', truy vấn '"
          + column.query() + "': " + e.getMessage(), e);
    }
  }

  /**
   * The condition of a column's query, counted as the query selects: "A or B and (:allUnits ...)"
   * selects A of every unit, which the one query would read as "(A or B) and (:allUnits ...)",
   * so a condition with an "or" outside parentheses is refused.
   */
  static String condition(String sql) {
    Matcher query = COLUMN_QUERY.matcher(sql);
    if (!query.matches()) {
      throw new IllegalArgumentException("phải có dạng 'select ... from kstthc_dossier_record d where <điều kiện>"
          + " and (:allUnits = 1 or d.unit_id in (:units))' để đếm cùng các cột khác");
    }
    String condition = query.group(1);
    if (OR.matcher(outsideParentheses(condition)).find()) {
      throw new IllegalArgumentException("điều kiện có 'or' ngoài ngoặc: đặt cả điều kiện trong ngoặc,"
          + " 'where (A or B) and (:allUnits = 1 or d.unit_id in (:units))', để phạm vi đơn vị áp cho mọi hồ sơ");
    }
    return condition;
  }

  /** The condition with what is inside parentheses or quotes blanked out. */
  private static String outsideParentheses(String condition) {
    StringBuilder outside = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (char c : condition.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      }
      outside.append(depth == 0 && !quoted && c != ')' ? c : ' ');
    }
    return outside.toString();
  }

  private static List<String> check(FormTemplate template, FormReport.Row row) {
    List<String> failures = new ArrayList<>();
    for (FormTemplate.Identity identity : template.identities()) {
      long total = row.cell(identity.total());
      long parts = identity.parts().stream().mapToLong(row::cell).sum();
      if (total != parts) {
        failures.add(row.label() + ": " + identity.message() + " (" + total + " ≠ " + parts + ").");
      }
    }
    return failures;
  }

  static Map<String, Object> parameters(ReportScope scope, ReportPeriod period) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("from", Date.valueOf(period.first()));
    parameters.put("to", Date.valueOf(period.last()));
    parameters.put("allUnits", scope.allUnits() ? 1 : 0);
    // "in ()" is no SQL: a supervisor's query still needs one (ignored) entry
    parameters.put("units", scope.allUnits() ? List.of("") : List.copyOf(scope.units()));
    return parameters;
  }
}
