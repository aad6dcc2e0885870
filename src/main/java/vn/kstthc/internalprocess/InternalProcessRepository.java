package vn.kstthc.internalprocess;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Tables {@code kstthc_internal_process} and {@code kstthc_internal_process_step}. */
@Repository
class InternalProcessRepository {

  private final JdbcTemplate jdbc;

  InternalProcessRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  int latestVersion(String tthcCode) {
    Integer version = jdbc.queryForObject(
        "select max(version) from kstthc_internal_process where tthc_code = ?", Integer.class, tthcCode);
    return version == null ? 0 : version;
  }

  void insert(InternalProcess process, Instant recordedAt, String recordedBy) {
    jdbc.update(
        "insert into kstthc_internal_process (id, tthc_code, version, approval_number, approved_on,"
            + " publication_decision, process_instance_id, recorded_at, recorded_by) values (?,?,?,?,?,?,?,?,?)",
        process.id(), process.tthcCode(), process.version(), process.approvalNumber(),
        Date.valueOf(process.approvedOn()), process.publicationDecision(), process.processInstanceId(),
        Timestamp.from(recordedAt), recordedBy);
    List<Step> steps = process.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      jdbc.update(
          "insert into kstthc_internal_process_step (process_id, row_no, step_no, work, performer, performer_role,"
              + " hours, result) values (?,?,?,?,?,?,?,?)",
          process.id(), i + 1, step.no(), step.work(), step.performer(), step.role().name(), step.hours(),
          step.result());
    }
  }

  Optional<InternalProcess> latest(String tthcCode) {
    List<Step> none = List.of();
    return jdbc.query(
            "select * from kstthc_internal_process where tthc_code = ? order by version desc",
            (rs, i) -> new InternalProcess(
                rs.getString("id"), rs.getString("tthc_code"), rs.getInt("version"), rs.getString("approval_number"),
                rs.getDate("approved_on").toLocalDate(), rs.getString("publication_decision"),
                rs.getString("process_instance_id"), none),
            tthcCode)
        .stream()
        .findFirst()
        .map(p -> new InternalProcess(p.id(), p.tthcCode(), p.version(), p.approvalNumber(), p.approvedOn(),
            p.publicationDecision(), p.processInstanceId(), steps(p.id(), p.tthcCode())));
  }

  private List<Step> steps(String processId, String tthcCode) {
    return jdbc.query(
        "select * from kstthc_internal_process_step where process_id = ? order by row_no",
        (rs, i) -> new Step(tthcCode, rs.getInt("step_no"), rs.getString("work"), rs.getString("performer"),
            PerformerRole.valueOf(rs.getString("performer_role")), rs.getBigDecimal("hours"), rs.getString("result")),
        processId);
  }
}
