package vn.kstthc.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /**
   * A stored notification; {@code kind} is null for a kind this version does not know (queued by a
   * newer node during a rolling deploy), which is sent all the same: its subject and text are stored.
   */
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

  /**
   * Pending rows never tried, oldest first, locked until the caller's transaction ends; rows another
   * sender holds are skipped, not waited for, so two nodes' senders share the queue instead of
   * queueing behind each other (a row that sender commits no longer qualifies).
   */
  List<Row> untried(int limit) {
    return jdbc.query(
        "select * from kstthc_notification where status = ? and tries = 0 order by created_at"
            + " limit ? for update skip locked",
        (rs, n) -> map(rs),
        PENDING,
        limit);
  }

  /** Counts a try of each row, for rows the caller holds ({@link #untried}). */
  void markTried(Collection<String> ids) {
    if (!ids.isEmpty()) {
      new NamedParameterJdbcTemplate(jdbc).update(
          "update kstthc_notification set tries = tries + 1 where id in (:ids)", new MapSqlParameterSource("ids", ids));
    }
  }

  /**
   * Takes a pending row for its try number {@code triedBefore + 1} (a retry, by its row's job):
   * false when it was sent, skipped or tried that often already. The row stays locked until the
   * caller's transaction ends, so a second job taking it at the same time waits, then finds it
   * taken.
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
   * batch or job that sends it may still fail to commit, and must then not send it again. The note is
   * written before the send and committed right after it, so the only moment a crash can make a
   * mail go twice is that commit (taking the connection after the send left a wait for the pool
   * in between, under load). A failed send rolls the note back. Costs a second connection while
   * the send lasts (the sender's or job's own stays open).
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

  /** The address a notification was delivered to by a try whose batch or job did not commit, or null. */
  String deliveredTo(String id) {
    return deliveredTo(List.of(id)).get(id);
  }

  /** {@link #deliveredTo(String)} of several notifications, in one query: those with a mark. */
  Map<String, String> deliveredTo(Collection<String> ids) {
    Map<String, String> delivered = new HashMap<>();
    if (!ids.isEmpty()) {
      new NamedParameterJdbcTemplate(jdbc).query(
          "select notification_id, address from kstthc_notification_delivery where notification_id in (:ids)",
          new MapSqlParameterSource("ids", ids),
          rs -> {
            delivered.put(rs.getString(1), rs.getString(2));
          });
    }
    return delivered;
  }

  /**
   * How a try ended: sent or skipped, with the address or the reason; {@code marked} when a
   * delivery note was written for it (deleted now: it has done its work once this commits).
   */
  record Result(String id, String status, String address, String note, boolean marked) {}

  /** Records the results of tries, in one round trip each for the notes and the rows. */
  void finish(List<Result> results, Instant at) {
    if (results.isEmpty()) {
      return;
    }
    List<Object[]> marks = results.stream().filter(Result::marked).map(r -> new Object[] {r.id()}).toList();
    if (!marks.isEmpty()) {
      jdbc.batchUpdate("delete from kstthc_notification_delivery where notification_id = ?", marks);
    }
    Timestamp when = Timestamp.from(at);
    jdbc.batchUpdate(
        "update kstthc_notification set status = ?, address = ?, note = ?, sent_at = ? where id = ?",
        results.stream().map(r -> new Object[] {r.status(), r.address(), r.note(), when, r.id()}).toList());
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

  private static NotificationKind kindOf(String name) {
    return Arrays.stream(NotificationKind.values()).filter(kind -> kind.name().equals(name)).findFirst().orElse(null);
  }

  private static Row map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(
        rs.getString("id"),
        rs.getString("event_id"),
        rs.getString("dedup_key"),
        kindOf(rs.getString("kind")),
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
