package vn.kstthc.deadline;

import static vn.kstthc.deadline.OutcomeRepository.instant;
import static vn.kstthc.deadline.OutcomeRepository.timestamp;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code kstthc_deadline_extension}; joins the engine's transaction (same data source). */
@Repository
public class DeadlineExtensionRepository {

  private final JdbcTemplate jdbc;

  DeadlineExtensionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(DeadlineExtension e) {
    jdbc.update(
        "insert into kstthc_deadline_extension (id, process_instance_id, old_due_at, old_due_kind, new_due_at,"
            + " new_due_kind, reason, extended_by, extended_at) values (?,?,?,?,?,?,?,?,?)",
        e.id(),
        e.processInstanceId(),
        timestamp(e.oldDueAt()),
        e.oldDueKind() == null ? null : e.oldDueKind().name(),
        timestamp(e.newDueAt()),
        e.newDueKind().name(),
        e.reason(),
        e.extendedBy(),
        timestamp(e.extendedAt()));
  }

  /** The extensions of a dossier, oldest first. */
  public List<DeadlineExtension> findByProcessInstance(String processInstanceId) {
    return jdbc.query(
        "select * from kstthc_deadline_extension where process_instance_id = ? order by extended_at, id",
        (rs, row) -> {
          String oldKind = rs.getString("old_due_kind");
          return new DeadlineExtension(
              rs.getString("id"),
              rs.getString("process_instance_id"),
              instant(rs.getTimestamp("old_due_at")),
              oldKind == null ? null : DeadlineKind.valueOf(oldKind),
              instant(rs.getTimestamp("new_due_at")),
              DeadlineKind.valueOf(rs.getString("new_due_kind")),
              rs.getString("reason"),
              rs.getString("extended_by"),
              instant(rs.getTimestamp("extended_at")));
        },
        processInstanceId);
  }
}
