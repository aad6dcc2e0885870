package vn.kstthc.notification;

/**
 * A way of reaching an officer: e-mail today; Zalo OA or SMS can be added as further beans of
 * this type. A channel that throws is retried by the engine (see {@link NotificationJobHandler}).
 */
public interface NotificationChannel {

  /** Short stable name stored with each notification ({@code mail}, {@code log}, {@code zalo}). */
  String name();

  /** Whether this channel is configured and should be used. */
  boolean isEnabled();

  /** The officer's address on this channel (e-mail, phone...), or null when they have none. */
  String addressOf(Recipient recipient);

  /** Delivers one message; throws when it could not (the engine will retry). */
  void send(Recipient recipient, String address, String subject, String body) throws Exception;

  /**
   * Whether each accepted send is noted at once, in a transaction of its own, so that a try whose
   * transaction does not commit (the JVM killed) does not send it again ({@link
   * NotificationOutbox#sendAndNote}). True for a channel whose message must not reach an officer
   * twice (mail, SMS); the note costs a transaction per message.
   */
  default boolean notesEachSend() {
    return true;
  }

  /** An officer, as the identity service knows them. */
  record Recipient(String userId, String fullName, String email) {}
}
