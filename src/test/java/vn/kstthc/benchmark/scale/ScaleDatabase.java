package vn.kstthc.benchmark.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The scale run's database: the generator's SQL files run by psql (benchmark/scale/*.sql), and a
 * few statements of the runner over JDBC.
 */
final class ScaleDatabase {

  private final String psql;
  private final int port;
  private final String database;
  private final Path sqlDirectory;

  ScaleDatabase(String psql, int port, String database, Path sqlDirectory) {
    this.psql = psql;
    this.port = port;
    this.database = database;
    this.sqlDirectory = sqlDirectory;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), "postgres", "");
  }

  void recreate() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database);
      s.execute("create database " + database);
    }
  }

  /** Runs one of the generator's files for rows first..last; seconds taken. */
  double generate(String file, long first, long last) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process process = new ProcessBuilder(psql, "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "-q",
        "-v", "first=" + first, "-v", "last=" + last, "-f", sqlDirectory.resolve(file).toString(), database)
        .redirectErrorStream(true).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(file + " failed for " + first + ".." + last);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  void execute(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  long count(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  /** Highest number of the generated open tasks still open (0 without any). */
  long generatedOpenTasks() throws SQLException {
    return count("select coalesce(max(substr(id_, 6)::bigint), 0) from act_ru_task where id_ like 'sc-t-%'");
  }

  /** Highest number of the generated finished instances (0 without any). */
  long generatedFinishedInstances() throws SQLException {
    return count("select coalesce(max(substr(id_, 7)::bigint), 0) from act_hi_procinst where id_ like 'sc-fi-%'");
  }

  /** The scale officers log in with the demo password (the organisation gives new users an unknown one). */
  void giveOfficersDemoPassword() throws SQLException {
    execute("update act_id_user u set pwd_ = d.pwd_, salt_ = d.salt_ from act_id_user d "
        + "where d.id_ = 'vps.an' and u.id_ like 'dv%'");
  }

  void analyze() throws SQLException {
    execute("analyze");
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of a statement, as text. */
  String explain(String sql) throws SQLException {
    return String.join("\n", strings("explain (analyze, buffers) " + sql));
  }
}
