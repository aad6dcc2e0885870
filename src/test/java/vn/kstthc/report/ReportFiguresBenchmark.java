package vn.kstthc.report;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.kstthc.reporting.NamedQueries;
import vn.kstthc.reporting.ReportScope;
import vn.kstthc.reporting.ReportingTestSupport;

/**
 * How long form II.05a takes to fill at province scale: {@code bench.dossiers} dossiers over 50
 * units and three years in {@code kstthc_dossier_record} of an empty PostgreSQL database ({@code
 * bench.url}, migrated here as the application does), then the fourth KSTTHC quarter of 2026 filled for the whole Sở and for
 * one unit, 3 warm-up runs and {@code bench.runs} measured ones each. A fixed seed: the same data on
 * every run. Run by {@code benchmark/report-figures.sh}; the figures go to benchmark/results.
 */
public final class ReportFiguresBenchmark {

  static final int UNITS = 50;
  static final LocalDate FIRST_DAY = LocalDate.parse("2024-01-01");
  static final int DAYS = 3 * 365;
  /** Dossiers received since then may still be in progress. */
  static final LocalDate RECENT = FIRST_DAY.plusDays(DAYS - 120);
  static final ReportPeriod QUARTER = new ReportPeriod("kstthc-quy", LocalDate.parse("2026-09-15"),
      LocalDate.parse("2026-12-14"), null, null);

  /** A name as long as a real one (they run to a hundred letters and more). */
  static final String TTHC_NAME = "Cấp giấy chứng nhận đủ điều kiện hoạt động dịch vụ trong lĩnh vực được giao quản lý, số ";

  private ReportFiguresBenchmark() {}

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:55430/figures");
    int dossiers = Integer.getInteger("bench.dossiers", 200_000);
    int runs = Integer.getInteger("bench.runs", 10);
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "postgres", "");
    Flyway.configure().dataSource(dataSource)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
    load(dataSource, dossiers);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("vacuum analyze kstthc_dossier_record");

    NamedQueries queries = ReportingTestSupport.namedQueries(dataSource);
    FormFigures figures = new FormFigures(queries);
    FormTemplate template = FormTemplates.fromClasspath(queries.names()).template("II.05a").orElseThrow();
    System.out.printf("%d dossiers, %d units, quarter %s..%s%n", dossiers, UNITS, QUARTER.first(), QUARTER.last());
    Map<String, ReportScope> scopes = new LinkedHashMap<>();
    scopes.put("whole Sở", ReportScope.everyUnit());
    scopes.put("one unit", ReportScope.ofUnits(Set.of(unit(7))));
    scopes.put("five units", ReportScope.ofUnits(Set.of(unit(1), unit(2), unit(3), unit(4), unit(5))));
    for (Map.Entry<String, ReportScope> scope : scopes.entrySet()) {
      FormReport report = figures.fill(template, scope.getValue(), QUARTER);
      if (!report.total().cells().equals(perColumn(queries, template, scope.getValue()))) {
        throw new IllegalStateException("One query and one query per column disagree for " + scope.getKey());
      }
      System.out.printf("%-10s rows %3d, received %7d, resolved %7d, in progress %7d%n", scope.getKey(),
          report.rows().size(), report.total().cell("nhan-tong"), report.total().cell("da-giai-quyet"),
          report.total().cell("dang-giai-quyet"));
      measure("  a query per column (before)", runs, () -> perColumn(queries, template, scope.getValue()));
      measure("  one query (FormFigures)", runs, () -> figures.fill(template, scope.getValue(), QUARTER));
    }
  }

  private static void measure(String name, int runs, Runnable fill) {
    for (int i = 0; i < 3; i++) {
      fill.run();
    }
    long[] millis = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      fill.run();
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    System.out.printf("%-32s median %5d ms, min %5d ms, max %5d ms%n", name, millis[runs / 2], millis[0],
        millis[runs - 1]);
  }

  /** The baseline: the totals as FormFigures counted them until 2026-11-30, a grouped count per column. */
  private static Map<String, Long> perColumn(NamedQueries queries, FormTemplate template, ReportScope scope) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (FormTemplate.Column column : template.columns()) {
      totals.put(column.key(), 0L);
      queries.queryAround(column.query(), "select q.tthc_level, q.field, count(*) as n from (",
          ") q group by q.tthc_level, q.field", FormFigures.parameters(scope, QUARTER),
          (rs, i) -> totals.merge(column.key(), rs.getLong("n"), Long::sum));
    }
    return totals;
  }

  private static String unit(int n) {
    return "don-vi-" + n;
  }

  /**
   * Dossiers with the spread of a Sở: received any day of three years (stored in that order, as
   * periodic imports store them), due in 3-30 days, 80% resolved (some late), 5% returned or
   * withdrawn, the rest resolved late if old, in progress if recent.
   */
  private static void load(DriverManagerDataSource dataSource, int dossiers) throws Exception {
    Random random = new Random(20261130L);
    String[] channels = {"TRUC_TUYEN", "TRUC_TIEP", "BUU_CHINH"};
    try (Connection connection = dataSource.getConnection()) {
      StringBuilder rows = new StringBuilder();
      List<String> fields = new ArrayList<>();
      for (int f = 0; f < 40; f++) {
        fields.add("Lĩnh vực số " + f);
      }
      for (int i = 0; i < dossiers; i++) {
        // rows come in by periodic imports: roughly in the order received, shuffled within a month
        LocalDate received = FIRST_DAY.plusDays(Math.min(DAYS - 1, (long) i * DAYS / dossiers + random.nextInt(30)));
        LocalDate due = received.plusDays(3 + random.nextInt(28));
        int fate = random.nextInt(100);
        LocalDate finished = null;
        String state;
        if (fate < 80) {
          finished = received.plusDays(random.nextInt((int) (due.toEpochDay() - received.toEpochDay()) + 8));
          state = "DA_GIAI_QUYET";
        } else if (fate < 85) {
          finished = received.plusDays(1 + random.nextInt(5));
          state = fate < 83 ? "TRA_LAI" : "RUT";
        } else if (received.isAfter(RECENT)) {
          state = fate < 95 ? "DANG_GIAI_QUYET" : fate < 98 ? "TAM_DUNG" : "CHO_BO_SUNG";
        } else {
          // an old dossier still open is rare: most were resolved, some very late
          finished = due.plusDays(random.nextInt(fate < 97 ? 10 : 200));
          state = "DA_GIAI_QUYET";
        }
        int u = random.nextInt(UNITS);
        rows.append("d").append(i).append('\t').append(unit(u)).append('\t').append("HS-").append(i).append('\t')
            .append("1.00").append(u).append('\t').append(TTHC_NAME).append(u).append('\t')
            .append(fields.get((u * 3 + random.nextInt(3)) % fields.size())).append('\t')
            .append(random.nextInt(5) == 0 ? "XA" : "TINH").append('\t').append(channels[random.nextInt(3)]).append('\t')
            .append(received).append('\t').append(due).append('\t').append(finished == null ? "\\N" : finished)
            .append('\t').append(state).append("\tNHAP_TEP\tbenchmark\t2026-11-30 00:00:00\n");
      }
      connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
          "copy kstthc_dossier_record (id, unit_id, case_number, tthc_code, tthc_name, field, tthc_level, channel,"
              + " received_on, due_on, finished_on, state, entry, recorded_by, recorded_at) from stdin",
          new StringReader(rows.toString()));
    }
  }
}
