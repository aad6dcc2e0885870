package vn.kstthc.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.kstthc.notification.NotificationChannel.Recipient;

/**
 * Sends queued notifications, as Camunda jobs: after the commit of the task they are about, on the
 * job executor, never in the officer's request.
 *
 * <p>One job sends all notifications of one event (e.g. a new task for the 5 officers of a unit),
 * each tried once; when a hung mail server makes that longer than {@code event-budget}, a
 * follow-up job goes on with the recipients not tried yet. A notification that fails gets its own
 * job, its retry chain, tried again after the configured delays (1, 5, 15, 30 minutes by default);
 * when its last try fails the job is left without retries, which shows as an incident in Cockpit
 * (retry it there once the mail server is back). Each try takes its row ({@link
 * NotificationOutbox#take}) in the transaction that records its result, so no row is in two
 * chains and a sent notification is not sent again by a job that runs again. Each accepted send is
 * also noted at once in a transaction of its own ({@link NotificationOutbox#sendAndNote}), so a
 * job that dies or fails after sending, before its commit, does not send it again when it runs
 * again. Sending stays at least once: a mail goes out twice only if the JVM dies in the moment
 * between the mail server's acceptance and that note's commit, never zero times.
 */
@Component
public class NotificationJobHandler implements JobHandler<NotificationJobHandler.Config> {

  public static final String TYPE = "kstthc-notification";
  private static final Logger LOG = LoggerFactory.getLogger(NotificationJobHandler.class);
  private static final String EVENT = "e:";
  private static final String ROW = "r:";

  private final NotificationOutbox outbox;
  private final ObjectProvider<NotificationChannel> channels;
  private final NotificationProperties properties;

  NotificationJobHandler(
      NotificationOutbox outbox, ObjectProvider<NotificationChannel> channels, NotificationProperties properties) {
    this.outbox = outbox;
    this.channels = channels;
    this.properties = properties;
  }

  /**
   * What to send ({@code e:} an event's notifications, {@code r:} one notification), how many
   * tries came before, and the instance it is about (kept on the job so that Cockpit shows its
   * incident with the process).
   */
  public record Config(
      String target, int attempt, String processInstanceId, String processDefinitionId, String processDefinitionKey)
      implements JobHandlerConfiguration {

    static Config event(String eventId, String processInstanceId, String processDefinitionId, String processDefinitionKey) {
      return new Config(EVENT + eventId, 0, processInstanceId, processDefinitionId, processDefinitionKey);
    }

    Config row(String rowId, int attempt) {
      return new Config(ROW + rowId, attempt, processInstanceId, processDefinitionId, processDefinitionKey);
    }

    @Override
    public String toCanonicalString() {
      return String.join("|", target, String.valueOf(attempt), orEmpty(processInstanceId),
          orEmpty(processDefinitionId), orEmpty(processDefinitionKey));
    }

    static Config parse(String text) {
      String[] parts = text.split("\\|", -1);
      return new Config(parts[0], Integer.parseInt(parts[1]), orNull(parts[2]), orNull(parts[3]), orNull(parts[4]));
    }

    private static String orEmpty(String text) {
      return text == null ? "" : text;
    }

    private static String orNull(String text) {
      return text.isEmpty() ? null : text;
    }
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public Config newConfiguration(String canonicalString) {
    return Config.parse(canonicalString);
  }

  @Override
  public void onDelete(Config configuration, JobEntity jobEntity) {
    // the rows stay as a record of what was (or was not) sent
  }

  @Override
  public void execute(Config config, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (config.target().startsWith(EVENT)) {
      long started = System.nanoTime();
      for (NotificationOutbox.Row row : outbox.untriedOfEvent(config.target().substring(EVENT.length()))) {
        if (System.nanoTime() - started > properties.eventBudget().toNanos()) {
          // a slow mail server: the untried rest in a job of its own, long before this job's lock expires
          NotificationService.schedule(config, null);
          return;
        }
        if (!outbox.take(row.id(), 0)) {
          continue;
        }
        try {
          send(row, now);
        } catch (ChannelFailure e) {
          retryLater(config.row(row.id(), 0), row, e.getCause(), now);
        }
      }
      return;
    }
    NotificationOutbox.Row row = outbox.find(config.target().substring(ROW.length())).orElse(null);
    if (row == null || !outbox.take(row.id(), config.attempt())) {
      return; // sent, skipped, or this try made already
    }
    try {
      send(row, now);
    } catch (ChannelFailure e) {
      if (config.attempt() < properties.retryDelays().size()) {
        retryLater(config, row, e.getCause(), now);
        return;
      }
      throw new ProcessEngineException(failure(row, config.attempt(), e.getCause()), e.getCause());
    }
  }

  /**
   * The channel could not deliver (mail server down, refused): retried by this handler's chain.
   * Anything else (the database gone while recording) fails the job, which the engine runs again.
   */
  private static final class ChannelFailure extends Exception {
    ChannelFailure(Exception cause) {
      super(cause);
    }
  }

  /** Sends one notification, or records why it is skipped; throws when the channel failed. */
  private void send(NotificationOutbox.Row row, Instant now) throws ChannelFailure {
    String deliveredTo = outbox.deliveredTo(row.id());
    if (deliveredTo != null) {
      // sent by an earlier try whose job did not commit (the JVM died, the database went away)
      outbox.finish(row.id(), NotificationOutbox.SENT, deliveredTo, null, now);
      return;
    }
    NotificationChannel channel =
        channels.orderedStream().filter(c -> c.name().equals(row.channel())).findFirst().orElse(null);
    if (channel == null || !channel.isEnabled()) {
      outbox.finish(row.id(), NotificationOutbox.SKIPPED, null, "Kênh '" + row.channel() + "' không còn được cấu hình", now);
      return;
    }
    Recipient recipient = NotificationService.user(row.recipient());
    if (recipient == null) {
      outbox.finish(row.id(), NotificationOutbox.SKIPPED, null, "Người nhận không còn trong tổ chức", now);
      return;
    }
    String address = channel.addressOf(recipient);
    if (address == null) {
      outbox.finish(row.id(), NotificationOutbox.SKIPPED, null, "Người nhận chưa có địa chỉ " + channel.name(), now);
      return;
    }
    try {
      outbox.sendAndNote(row.id(), address, now, () -> channel.send(recipient, address, row.subject(), row.body()));
    } catch (NotificationOutbox.SendFailed e) {
      throw new ChannelFailure((Exception) e.getCause());
    }
    outbox.finish(row.id(), NotificationOutbox.SENT, address, null, now);
  }

  /** Notes the failure of a try and schedules the next one, alone, after its delay. */
  private void retryLater(Config rowConfig, NotificationOutbox.Row row, Throwable e, Instant now) {
    Duration wait = properties.retryDelays().get(rowConfig.attempt());
    String failure = failure(row, rowConfig.attempt(), e);
    LOG.warn("{}; thử lại sau {}", failure, wait);
    outbox.noteFailure(row.id(), failure);
    NotificationService.schedule(rowConfig.row(row.id(), rowConfig.attempt() + 1), Date.from(now.plus(wait)));
  }

  private static String failure(NotificationOutbox.Row row, int attempt, Throwable e) {
    return "Không gửi được thông báo '" + row.subject() + "' tới " + row.recipient() + " qua " + row.channel()
        + " (lần " + (attempt + 1) + "): " + e.getMessage();
  }
}
