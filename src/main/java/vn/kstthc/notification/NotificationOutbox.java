package vn.kstthc.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Table {@code kstthc_notification}; joins the engine's transaction (same data source). */
@Repository
public class NotificationOutbox {

  /** A stored notification. */
  public record Row(
      String id,
      String eventId,
      String dedupKey,
      NotificationKind kind,
      String channel,
      String recipient,
      String taskId,
      String processInstanceId,
      String subject,
      String body,
      String status,
      String address,
      String note) {}

  public static final String PENDING = "PENDING";
  public static final String SENT = "SENT";
  public static final String SKIPPED = "SKIPPED";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  NotificationOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Dedup keys among {@code keys} that are already stored. */
  Set<String> existing(Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        new NamedParameterJdbcTemplate(jdbc)
            .queryForList(
                "select dedup_key from kstthc_notification where dedup_key in (:keys)",
                new MapSqlParameterSource("keys", keys),
                String.class));
  }

  void insert(Row row, Instant createdAt) {
    jdbc.update(
        "insert into kstthc_notification (id, event_id, dedup_key, kind, channel, recipient, task_id,"
            + " process_instance_id, subject, body, status, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?)",
        row.id(),
        row.eventId(),
        row.dedupKey(),
        row.kind().name(),
        row.channel(),
        row.recipient(),
        row.taskId(),
        row.processInstanceId(),
        row.subject(),
        row.body(),
        row.status(),
        Timestamp.from(createdAt));
  }

  Optional<Row> find(String id) {
    return jdbc.query("select * from kstthc_notification where id = ?", (rs, n) -> map(rs), id).stream()
        .findFirst();
  }

  /** The rows of an event never tried yet (those that failed are left to their retry chains). */
  List<Row> untriedOfEvent(String eventId) {
    return jdbc.query(
        "select * from kstthc_notification where event_id = ? and status = ? and tries = 0"
            + " order by recipient, channel",
        (rs, n) -> map(rs),
        eventId,
        PENDING);
  }

  /**
   * Takes a pending row for its try number {@code triedBefore + 1}: false when it was sent,
   * skipped or tried that often already. The row stays locked until the caller's transaction ends,
   * so a second job taking it at the same time waits, then finds it taken.
   */
  boolean take(String id, int triedBefore) {
    return jdbc.update(
            "update kstthc_notification set tries = tries + 1 where id = ? and status = ? and tries = ?",
            id,
            PENDING,
            triedBefore)
        == 1;
  }

  /** A send through a channel. */
  interface Sending {
    void send() throws Exception;
  }

  /** The channel could not deliver; the cause is its exception. */
  static final class SendFailed extends RuntimeException {
    SendFailed(Exception cause) {
      super(cause);
    }
  }

  /**
   * Sends, and notes that the channel accepted the notification, in a transaction of its own: the
   * job that sends it may still fail to commit, and must then not send it again. The note is
   * written before the send and committed right after it, so the only moment a crash can make a
   * mail go twice is that commit (taking the connection after the send left a wait for the pool
   * in between, under load). A failed send rolls the note back. Costs a second connection while
   * the send lasts (the job's own stays open).
   *
   * @throws SendFailed when the channel failed
   */
  void sendAndNote(String id, String address, Instant at, Sending sending) {
    ownTransaction.executeWithoutResult(status -> {
      jdbc.update(
          "insert into kstthc_notification_delivery (notification_id, address, delivered_at) values (?,?,?)",
          id, address, Timestamp.from(at));
      try {
        sending.send();
      } catch (Exception e) {
        throw new SendFailed(e);
      }
    });
  }

  /** The address a notification was delivered to by a try whose job did not commit, or null. */
  String deliveredTo(String id) {
    return jdbc.query("select address from kstthc_notification_delivery where notification_id = ?",
        (rs, n) -> rs.getString(1), id).stream().findFirst().orElse(null);
  }

  void finish(String id, String status, String address, String note, Instant at) {
    // the delivery mark has done its work once this commits
    jdbc.update("delete from kstthc_notification_delivery where notification_id = ?", id);
    jdbc.update(
        "update kstthc_notification set status = ?, address = ?, note = ?, sent_at = ? where id = ?",
        status,
        address,
        note,
        Timestamp.from(at),
        id);
  }

  void noteFailure(String id, String note) {
    jdbc.update("update kstthc_notification set note = ? where id = ?", note, id);
  }

  public List<Row> forTask(String taskId) {
    return jdbc.query(
        "select * from kstthc_notification where task_id = ? order by created_at, recipient",
        (rs, n) -> map(rs),
        taskId);
  }

  private static Row map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(
        rs.getString("id"),
        rs.getString("event_id"),
        rs.getString("dedup_key"),
        NotificationKind.valueOf(rs.getString("kind")),
        rs.getString("channel"),
        rs.getString("recipient"),
        rs.getString("task_id"),
        rs.getString("process_instance_id"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("status"),
        rs.getString("address"),
        rs.getString("note"));
  }
}
