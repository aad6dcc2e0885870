package vn.kstthc.deadline;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.kstthc.notification.NotificationKind;

/**
 * Table {@code kstthc_deadline_notice}: which reminders and escalations were told, per task and
 * due date (an extended deadline is a new one). Joins the engine's transaction.
 */
@Repository
class DeadlineNotices {

  private final JdbcTemplate jdbc;

  DeadlineNotices(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static String key(String taskId, NotificationKind kind, Date due) {
    return taskId + ":" + kind.name() + ":" + due.getTime();
  }

  /** The {@link #key}s told among the given tasks (one query for a page of tasks). */
  Set<String> told(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        new NamedParameterJdbcTemplate(jdbc)
            .query(
                "select task_id, kind, due_date from kstthc_deadline_notice where task_id in (:ids)",
                new MapSqlParameterSource("ids", taskIds),
                (rs, n) ->
                    key(rs.getString("task_id"), NotificationKind.valueOf(rs.getString("kind")), rs.getTimestamp("due_date"))));
  }

  /**
   * Notes that a task is told about its due date, unless it was already: false then. One
   * statement that inserts nothing when the row exists (the same on H2 and PostgreSQL), so that a
   * second check is not a duplicate key error.
   */
  boolean tell(String taskId, NotificationKind kind, Date due, Date at) {
    Timestamp dueDate = new Timestamp(due.getTime());
    return jdbc.update(
            "insert into kstthc_deadline_notice (task_id, kind, due_date, told_at)"
                + " select cast(? as varchar(64)), cast(? as varchar(20)), cast(? as timestamp), cast(? as timestamp)"
                + " where not exists (select 1 from kstthc_deadline_notice"
                + " where task_id = ? and kind = ? and due_date = ?)",
            taskId,
            kind.name(),
            dueDate,
            new Timestamp(at.getTime()),
            taskId,
            kind.name(),
            dueDate)
        == 1;
  }

  /** Forgets the notices of due dates before {@code limit}: the scan no longer reads those tasks. */
  int forgetDueBefore(Date limit) {
    return jdbc.update("delete from kstthc_deadline_notice where due_date < ?", new Timestamp(limit.getTime()));
  }
}
