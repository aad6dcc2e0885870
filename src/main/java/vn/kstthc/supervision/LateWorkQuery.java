package vn.kstthc.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The on-time records of a month ({@code kstthc_deadline_outcome}, V3/V30), read in SQL. Called
 * by the late list's steps, which run as the engine (no officer): callers that answer an officer
 * must restrict the units themselves. The late list's own tasks are left out, so that explaining
 * late does not add to next month's list of the same list.
 */
@Repository
public class LateWorkQuery {

  /** Seconds: a slow database fails the step (retried by the engine) instead of hanging it. */
  static final int QUERY_TIMEOUT = 30;

  private final JdbcTemplate jdbc;

  LateWorkQuery(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setQueryTimeout(QUERY_TIMEOUT);
  }

  /** Steps and dossiers finished late in the month, by unit, then by time finished. */
  public List<LateWork> late(YearMonth month, ZoneId zone) {
    return jdbc.query(
        "select o.*, coalesce(o.unit_id, (select t.unit_id from kstthc_deadline_outcome t"
            + " where t.process_instance_id = o.process_instance_id and t.kind = 'TASK' and t.unit_id is not null"
            + " order by t.finished_at desc fetch first 1 rows only)) as charged_unit"
            + " from kstthc_deadline_outcome o"
            + " where o.status = 'TRE_HAN' and o.finished_at >= ? and o.finished_at < ?"
            + " and o.process_definition_key <> ?"
            + " order by charged_unit, o.finished_at, o.id",
        (rs, row) -> new LateWork(
            rs.getString("id"),
            "INSTANCE".equals(rs.getString("kind")),
            rs.getString("process_definition_key"),
            rs.getString("business_key"),
            rs.getString("activity_name"),
            rs.getString("charged_unit"),
            rs.getString("officer_id"),
            instant(rs.getTimestamp("due_at")),
            instant(rs.getTimestamp("finished_at")),
            rs.getInt("working_days_late")),
        start(month, zone),
        start(month.plusMonths(1), zone),
        DanhSachTreHanProcess.KEY);
  }

  /** Per unit, its steps finished in the month with a deadline, and those on time. */
  public List<UnitRate> rates(YearMonth month, ZoneId zone) {
    return jdbc.query(
        "select unit_id, count(*) as judged,"
            + " sum(case when status in ('SOM_HAN', 'DUNG_HAN') then 1 else 0 end) as on_time"
            + " from kstthc_deadline_outcome"
            + " where kind = 'TASK' and status in ('SOM_HAN', 'DUNG_HAN', 'TRE_HAN') and unit_id is not null"
            + " and finished_at >= ? and finished_at < ? and process_definition_key <> ?"
            + " group by unit_id order by unit_id",
        (rs, row) -> new UnitRate(rs.getString("unit_id"), rs.getInt("judged"), rs.getInt("on_time")),
        start(month, zone),
        start(month.plusMonths(1), zone),
        DanhSachTreHanProcess.KEY);
  }

  private static Timestamp start(YearMonth month, ZoneId zone) {
    return Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
