package vn.kstthc.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.kstthc.lateness.LateCaseRef;

/**
 * The monthly late lists as assembled (tables {@code kstthc_late_list}, {@code
 * kstthc_late_list_case}, {@code kstthc_late_list_rate}), each keyed by its process instance.
 * Written once, read many times: there is no update and no delete here, on purpose (PostgreSQL
 * refuses them too, migration V148). Read as the application: the callers decide who sees what
 * (a unit's task its own rows, the Văn phòng's task the whole list).
 */
@Repository
class LateListRecords {

  private final JdbcTemplate jdbc;

  LateListRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A late case as the list shows it, with the names as they were when it was assembled. */
  record ListedCase(LateWork work, String processName, String unitName, String officerName) {}

  /** A unit's on-time rate in the list, with the unit's name. */
  record ListedRate(UnitRate rate, String unitName) {}

  void save(String listId, YearMonth month, Instant assembledAt, List<ListedCase> cases, List<ListedRate> rates) {
    jdbc.update("insert into kstthc_late_list (id, list_month, assembled_at) values (?,?,?)",
        listId, month.toString(), Timestamp.from(assembledAt));
    int rowNo = 0;
    for (ListedCase listed : cases) {
      LateWork w = listed.work();
      jdbc.update("insert into kstthc_late_list_case (list_id, row_no, case_source, case_ref, dossier, process_key,"
              + " process_name, case_number, step_name, unit_id, unit_name, officer_id, officer_name, due_at,"
              + " finished_at, working_days_late) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          listId, ++rowNo, w.lateCase().source().name(), w.lateCase().ref(), w.dossier(), w.processKey(),
          listed.processName(), w.businessKey(), w.stepName(), w.unitId(), listed.unitName(), w.officerId(),
          listed.officerName(), w.dueAt() == null ? null : Timestamp.from(w.dueAt()), Timestamp.from(w.finishedAt()),
          w.workingDaysLate());
    }
    for (ListedRate listed : rates) {
      UnitRate r = listed.rate();
      jdbc.update("insert into kstthc_late_list_rate (list_id, unit_id, unit_name, judged, on_time) values (?,?,?,?,?)",
          listId, r.unitId(), listed.unitName(), r.judged(), r.onTime());
    }
  }

  /** The lists assembled for a month, the newest first (a month may be listed again). */
  List<String> listsOf(YearMonth month) {
    return jdbc.queryForList("select id from kstthc_late_list where list_month = ? order by assembled_at desc",
        String.class, month.toString());
  }

  /** Whether the list is kept (a list of version 1 of the process is not, until stored). */
  boolean exists(String listId) {
    return jdbc.queryForObject("select count(*) from kstthc_late_list where id = ?", Integer.class, listId) > 0;
  }

  /** Every late case of the list, in its order. */
  List<ListedCase> cases(String listId) {
    return jdbc.query("select * from kstthc_late_list_case where list_id = ? order by row_no", this::listedCase, listId);
  }

  /** A unit's late cases, in the list's order. */
  List<ListedCase> casesOf(String listId, String unitId) {
    return jdbc.query("select * from kstthc_late_list_case where list_id = ? and unit_id = ? order by row_no",
        this::listedCase, listId, unitId);
  }

  /** The units charged with a late case, in the list's order. */
  List<String> units(String listId) {
    return jdbc.queryForList("select unit_id from kstthc_late_list_case where list_id = ? and unit_id is not null"
        + " group by unit_id order by min(row_no)", String.class, listId);
  }

  /** The units' rates, by unit id. */
  List<ListedRate> rates(String listId) {
    return jdbc.query("select * from kstthc_late_list_rate where list_id = ? order by unit_id",
        (rs, n) -> new ListedRate(new UnitRate(rs.getString("unit_id"), rs.getInt("judged"), rs.getInt("on_time")),
            rs.getString("unit_name")),
        listId);
  }

  private ListedCase listedCase(ResultSet rs, int n) throws SQLException {
    Timestamp due = rs.getTimestamp("due_at");
    LateWork work = new LateWork(
        new LateCaseRef(LateCaseRef.Source.valueOf(rs.getString("case_source")), rs.getString("case_ref")),
        rs.getBoolean("dossier"), rs.getString("process_key"), rs.getString("case_number"), rs.getString("step_name"),
        rs.getString("unit_id"), rs.getString("officer_id"), due == null ? null : due.toInstant(),
        rs.getTimestamp("finished_at").toInstant(), rs.getInt("working_days_late"));
    return new ListedCase(work, rs.getString("process_name"), rs.getString("unit_name"), rs.getString("officer_name"));
  }
}
