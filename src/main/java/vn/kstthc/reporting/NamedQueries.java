package vn.kstthc.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The reports' named queries: one SQL file per query in {@value #LOCATION} (the file name without
 * {@code .sql} is its name), with named parameters ({@code :from}), run with the statement timeout
 * of {@link ReportingProperties#queryTimeout()}. A figure is a query over the views of
 * {@code V110__report_views.sql}, never a walk over the engine's history in Java; a corrected figure
 * is a changed file.
 */
public final class NamedQueries {

  static final String LOCATION = "classpath:reporting/queries/*.sql";

  /**
   * What a reader is told when the database cancelled a query at its timeout (Spring's {@code
   * QueryTimeoutException}): the figures exist, the request asked too much at a busy moment.
   */
  public static final String TIMED_OUT = "Truy vấn số liệu chạy quá thời gian cho phép nên đã dừng. Anh/chị hãy"
      + " thu hẹp kỳ báo cáo hoặc xem từng đơn vị, hoặc thử lại sau ít phút.";

  private final NamedParameterJdbcTemplate jdbc;
  private final Map<String, String> queries;

  NamedQueries(JdbcTemplate jdbc, Map<String, String> queries) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    this.queries = Map.copyOf(queries);
  }

  /** Every query file of {@value #LOCATION}. */
  static NamedQueries fromClasspath(JdbcTemplate jdbc) {
    try {
      Map<String, String> queries = new TreeMap<>();
      for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
        String name = file.getFilename().substring(0, file.getFilename().length() - ".sql".length());
        queries.put(name, withoutComments(file.getContentAsString(StandardCharsets.UTF_8)));
      }
      return new NamedQueries(jdbc, queries);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the report queries " + LOCATION, e);
    }
  }

  /** Runs the query {@code name}. */
  public <T> List<T> query(String name, Map<String, ?> parameters, RowMapper<T> rows) {
    return jdbc.query(sql(name), new MapSqlParameterSource(parameters), rows);
  }

  /**
   * Runs the query {@code name} inside constant SQL of the caller: {@code before + query + after},
   * e.g. a count grouped by row ({@code select ..., count(*) from (} ... {@code ) q group by ...}).
   */
  public <T> List<T> queryAround(String name, String before, String after, Map<String, ?> parameters,
      RowMapper<T> rows) {
    return jdbc.query(before + sql(name) + after, new MapSqlParameterSource(parameters), rows);
  }

  /** Runs SQL built from the queries' own text ({@link #sql}), e.g. several counted in one pass. */
  public void queryBuilt(String sql, Map<String, ?> parameters, RowCallbackHandler rows) {
    jdbc.query(sql, new MapSqlParameterSource(parameters), rows);
  }

  /** The SQL of a query, for a reader or a test. */
  public String sql(String name) {
    String sql = queries.get(name);
    if (sql == null) {
      throw new IllegalArgumentException("No report query '" + name + "' in " + LOCATION);
    }
    return sql;
  }

  /** The names of the queries, for the templates that use them. */
  public java.util.Set<String> names() {
    return queries.keySet();
  }

  /**
   * The file without its comment lines (the explanation stays in the file, not in every call) and
   * without a final semicolon: callers wrap a query in another (a figure's drill-down), where a
   * semicolon inside is a syntax error.
   */
  static String withoutComments(String text) {
    String sql = text.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n")).strip();
    return sql.endsWith(";") ? sql.substring(0, sql.length() - 1).strip() : sql;
  }
}
