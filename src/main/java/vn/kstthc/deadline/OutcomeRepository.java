package vn.kstthc.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code kstthc_deadline_outcome}; joins the engine's transaction (same data source). */
@Repository
public class OutcomeRepository {

  private final JdbcTemplate jdbc;
  /** The statement of {@link #takeOpenTask} for this database, chosen at its first use. */
  private volatile String takeOpenTask;

  OutcomeRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Outcome o) {
    jdbc.update(
        "insert into kstthc_deadline_outcome (id, kind, process_instance_id, process_definition_key,"
            + " business_key, activity_id, activity_name, unit_id, officer_id, started_at, due_at,"
            + " due_kind, finished_at, status, working_days_late) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        o.id(),
        o.kind().name(),
        o.processInstanceId(),
        o.processDefinitionKey(),
        o.businessKey(),
        o.activityId(),
        o.activityName(),
        o.unitId(),
        o.officerId(),
        timestamp(o.startedAt()),
        timestamp(o.dueAt()),
        name(o.dueKind()),
        timestamp(o.finishedAt()),
        o.status() == null ? null : o.status().name(),
        o.workingDaysLate());
  }

  /**
   * Completes the row of an instance, judged against the deadline the row holds; returns false if
   * the instance started before tracking.
   */
  boolean finishInstance(String processInstanceId, Instant finishedAt, Timeliness status, Integer workingDaysLate) {
    return jdbc.update(
            "update kstthc_deadline_outcome set finished_at = ?, status = ?, working_days_late = ?"
                + " where id = ? and kind = 'INSTANCE'",
            timestamp(finishedAt),
            status.name(),
            workingDaysLate,
            processInstanceId)
        == 1;
  }

  /** Sets the deadline of a running instance; returns false if it has ended or is not tracked. */
  boolean changeInstanceDeadline(String processInstanceId, Instant dueAt, DeadlineKind dueKind) {
    return jdbc.update(
            "update kstthc_deadline_outcome set due_at = ?, due_kind = ?"
                + " where id = ? and kind = 'INSTANCE' and finished_at is null",
            timestamp(dueAt),
            name(dueKind),
            processInstanceId)
        == 1;
  }

  /**
   * Gives a tracked instance the unit of its first step with a unit (V161): later steps leave it,
   * so a dossier stays with the unit that took it up.
   */
  void takeUpInstance(String processInstanceId, String unitId) {
    jdbc.update(
        "update kstthc_deadline_outcome set unit_id = ? where id = ? and kind = 'INSTANCE' and unit_id is null",
        unitId,
        processInstanceId);
  }

  void insertOpenTask(OpenTask task) {
    jdbc.update(
        "insert into kstthc_open_task (task_id, process_instance_id, due_kind, unit_id) values (?,?,?,?)",
        task.taskId(),
        task.processInstanceId(),
        name(task.dueKind()),
        task.unitId());
  }

  /**
   * The row of a task that ends, read as it is deleted: one statement instead of a read and a
   * delete for every completed task. PostgreSQL says it with {@code returning}, H2 with a data change
   * delta table.
   */
  Optional<OpenTask> takeOpenTask(String taskId) {
    return jdbc.query(
            takeOpenTaskStatement(),
            (rs, row) ->
                new OpenTask(
                    rs.getString("task_id"),
                    rs.getString("process_instance_id"),
                    kind(rs.getString("due_kind")),
                    rs.getString("unit_id")),
            taskId)
        .stream()
        .findFirst();
  }

  private String takeOpenTaskStatement() {
    if (takeOpenTask == null) {
      String product = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
      takeOpenTask = "PostgreSQL".equals(product)
          ? "delete from kstthc_open_task where task_id = ? returning task_id, process_instance_id, due_kind, unit_id"
          : "select task_id, process_instance_id, due_kind, unit_id from old table (delete from kstthc_open_task where task_id = ?)";
    }
    return takeOpenTask;
  }

  void deleteOpenTask(String taskId) {
    jdbc.update("delete from kstthc_open_task where task_id = ?", taskId);
  }

  public Optional<Outcome> find(String id) {
    return jdbc.query("select * from kstthc_deadline_outcome where id = ?", this::map, id).stream()
        .findFirst();
  }

  public List<Outcome> findByProcessInstance(String processInstanceId) {
    return jdbc.query(
        "select * from kstthc_deadline_outcome where process_instance_id = ? order by started_at, kind",
        this::map,
        processInstanceId);
  }

  private Outcome map(ResultSet rs, int row) throws SQLException {
    String status = rs.getString("status");
    Number late = (Number) rs.getObject("working_days_late");
    return new Outcome(
        rs.getString("id"),
        Outcome.Kind.valueOf(rs.getString("kind")),
        rs.getString("process_instance_id"),
        rs.getString("process_definition_key"),
        rs.getString("business_key"),
        rs.getString("activity_id"),
        rs.getString("activity_name"),
        rs.getString("unit_id"),
        rs.getString("officer_id"),
        instant(rs.getTimestamp("started_at")),
        instant(rs.getTimestamp("due_at")),
        kind(rs.getString("due_kind")),
        instant(rs.getTimestamp("finished_at")),
        status == null ? null : Timeliness.valueOf(status),
        late == null ? null : late.intValue());
  }

  private static String name(DeadlineKind kind) {
    return kind == null ? null : kind.name();
  }

  private static DeadlineKind kind(String name) {
    return name == null ? null : DeadlineKind.valueOf(name);
  }

  static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
