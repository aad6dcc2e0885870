package vn.kstthc.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL one run sent, from PostgreSQL's {@code pg_stat_statements} ({@code BENCH_STATEMENTS=true}:
 * run.sh preloads the module): reset before the measured load, read after it, and written per
 * instance, by kind (insert, update, delete per table; select and others per statement), so that
 * two configurations can be compared statement by statement.
 */
public record StatementCounts(List<Counted> statements) {

  /** One normalized statement: how often it ran and the rows it returned or changed. */
  public record Counted(long calls, long rows, String query) {}

  private static final Pattern WRITE = Pattern.compile("^\\s*(insert\\s+into|update|delete\\s+from)\\s+([\\w.\"]+)", Pattern.CASE_INSENSITIVE);

  static void enable(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("create extension if not exists pg_stat_statements");
    }
  }

  static void reset(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("select pg_stat_statements_reset()");
    }
  }

  /** This database's statements, the harness's own readings left out. */
  static StatementCounts read(Connection connection) throws SQLException {
    List<Counted> statements = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select calls, rows, query from pg_stat_statements s join pg_database d on d.oid = s.dbid"
            + " where d.datname = current_database() order by calls desc, query")) {
      while (rs.next()) {
        String query = rs.getString(3);
        if (!query.contains("pg_stat_") && !query.contains("pg_current_snapshot")) {
          statements.add(new Counted(rs.getLong(1), rs.getLong(2), query));
        }
      }
    }
    return new StatementCounts(statements);
  }

  /** "insert into act_hi_taskinst", "update act_ru_task", ...; any other statement is "select" or its first word. */
  static String kind(String query) {
    Matcher m = WRITE.matcher(query);
    if (m.find()) {
      return m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " " + m.group(2).toLowerCase(Locale.ROOT).replace("\"", "");
    }
    String first = query.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return first.isEmpty() ? "?" : first;
  }

  public long total() {
    return statements.stream().mapToLong(Counted::calls).sum();
  }

  /** Calls per instance by kind: writes per table, all selects together, the rest by their first word. */
  public Map<String, Double> byKind(long instances) {
    Map<String, Double> kinds = new TreeMap<>();
    statements.forEach(s -> kinds.merge(kind(s.query()), (double) s.calls() / instances, Double::sum));
    return kinds;
  }

  /** The table of one run: the total and the kinds per instance, then every statement that ran more than once per 100 instances. */
  public String toMarkdown(String title, long instances) {
    StringBuilder md = new StringBuilder("# Statements per instance: ").append(title).append("\n\n");
    if (instances == 0) {
      return md.append("No instance completed.\n").toString();
    }
    md.append("Instances: ").append(instances).append("; statements per instance: ")
        .append(BenchmarkReport.fmt((double) total() / instances)).append("\n\n| kind | per instance |\n|---|---|\n");
    byKind(instances).forEach((kind, perInstance) -> md.append("| ").append(kind).append(" | ").append(BenchmarkReport.fmt(perInstance)).append(" |\n"));
    md.append("\n| per instance | rows per call | statement |\n|---|---|---|\n");
    statements.stream().filter(s -> s.calls() * 100 > instances).forEach(s -> md.append("| ")
        .append(BenchmarkReport.fmt((double) s.calls() / instances)).append(" | ")
        .append(BenchmarkReport.fmt((double) s.rows() / s.calls())).append(" | `")
        .append(oneLine(s.query())).append("` |\n"));
    return md.toString();
  }

  /** Whole: the authorization checks' variants differ only far into their text. */
  private static String oneLine(String query) {
    return query.replaceAll("\\s+", " ").strip().replace("|", "\\|").replace("`", "'");
  }
}
