package vn.kstthc.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's own counts for one database: committed transactions ({@code pg_stat_database}),
 * the next transaction id ({@code pg_current_snapshot}: only a transaction that writes gets an id,
 * so the difference is the number of writing transactions, and reading it assigns none), and the
 * WAL written ({@code pg_stat_wal}, whole cluster).
 */
public record DbCounters(long commits, long rollbacks, long nextXid, long walRecords, long walBytes) {

  static final String QUERY =
      "select d.xact_commit, d.xact_rollback, pg_snapshot_xmax(pg_current_snapshot())::text::bigint,"
          + " w.wal_records, w.wal_bytes::bigint"
          + " from pg_stat_database d, pg_stat_wal w where d.datname = current_database()";

  public static DbCounters read(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(QUERY)) {
      rs.next();
      return new DbCounters(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
    }
  }

  /**
   * What happened between two readings, less the reading transactions themselves ({@code
   * probes}: each reading is one read-only commit, counted in the later reading).
   */
  public static Delta between(DbCounters before, DbCounters after, int probes) {
    long writing = after.nextXid - before.nextXid;
    long commits = after.commits - before.commits - probes;
    return new Delta(commits, writing, Math.max(0, commits - writing), after.rollbacks - before.rollbacks,
        after.walRecords - before.walRecords, after.walBytes - before.walBytes);
  }

  /** Differences: all commits, those that wrote, those that only read, rollbacks, WAL. */
  public record Delta(long commits, long writing, long readOnly, long rollbacks, long walRecords, long walBytes) {}
}
