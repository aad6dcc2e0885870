package vn.kstthc.lateness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Table {@code kstthc_late_explanation}. Append-only: there is no update and no delete here, on
 * purpose (PostgreSQL also refuses them, migration V121).
 */
@Repository
class ExplanationRepository {

  private final JdbcTemplate jdbc;

  ExplanationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Explanation e) {
    jdbc.update(
        "insert into kstthc_late_explanation (id, case_source, case_ref, version, unit_id, cause_code,"
            + " cause_label, explanation, correction_reason, explained_by, explained_at, process_instance_id)"
            + " values (?,?,?,?,?,?,?,?,?,?,?,?)",
        e.id(),
        e.lateCase().source().name(),
        e.lateCase().ref(),
        e.version(),
        e.unitId(),
        e.causeCode(),
        e.causeLabel(),
        e.text(),
        e.correctionReason(),
        e.explainedBy(),
        Timestamp.from(e.explainedAt()),
        e.processInstanceId());
  }

  /**
   * Every version of a case's explanation, oldest first. An imported dossier's rows written before
   * its ref named the unit ({@link LateCaseRef#oneStop}) are its number's rows its unit wrote.
   */
  List<Explanation> history(LateCaseRef lateCase) {
    int unitEnd = lateCase.ref().indexOf(LateCaseRef.UNIT_SEPARATOR);
    if (lateCase.source() == LateCaseRef.Source.MOT_CUA && unitEnd > 0) {
      return jdbc.query("select * from kstthc_late_explanation where case_source = ?"
              + " and (case_ref = ? or (case_ref = ? and unit_id = ?)) order by version",
          this::map, lateCase.source().name(), lateCase.ref(), lateCase.shown(), lateCase.ref().substring(0, unitEnd));
    }
    return jdbc.query(
        "select * from kstthc_late_explanation where case_source = ? and case_ref = ? order by version",
        this::map,
        lateCase.source().name(),
        lateCase.ref());
  }

  /** The latest version of each case of a unit's explanations given in one process instance. */
  List<Explanation> currentOfInstance(String processInstanceId) {
    return jdbc.query(
        "select e.* from kstthc_late_explanation e where e.process_instance_id = ? and e.version ="
            + " (select max(l.version) from kstthc_late_explanation l"
            + " where l.case_source = e.case_source and l.case_ref = e.case_ref)"
            + " order by e.unit_id, e.case_ref",
        this::map,
        processInstanceId);
  }

  private Explanation map(ResultSet rs, int row) throws SQLException {
    return new Explanation(
        rs.getString("id"),
        new LateCaseRef(LateCaseRef.Source.valueOf(rs.getString("case_source")), rs.getString("case_ref")),
        rs.getInt("version"),
        rs.getString("unit_id"),
        rs.getString("cause_code"),
        rs.getString("cause_label"),
        rs.getString("explanation"),
        rs.getString("correction_reason"),
        rs.getString("explained_by"),
        rs.getTimestamp("explained_at").toInstant(),
        rs.getString("process_instance_id"));
  }
}
