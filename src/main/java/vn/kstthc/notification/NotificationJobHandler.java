package vn.kstthc.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.kstthc.notification.NotificationChannel.Recipient;

/**
 * Tries notifications: the first try of each by {@link NotificationSender}, in batches, after the
 * commit of the task they are about, never in the officer's request; the retries as Camunda jobs of
 * this type.
 *
 * <p>A notification whose first try fails gets its own job, its retry chain, tried again after the
 * configured delays (1, 5, 15, 30 minutes by default); when its last try fails the job is left
 * without retries, which shows as an incident in Cockpit (retry it there once the mail server is
 * back). Each try holds its row in the transaction that records its result (the sender's lock,
 * {@link NotificationOutbox#untried}; a job's {@link NotificationOutbox#take}), so no row is in two
 * chains and a sent notification is not sent again by a batch or job that runs again. Each send
 * accepted by a channel that {@linkplain NotificationChannel#notesEachSend notes each send} (mail)
 * is also noted at once in a transaction of its own ({@link NotificationOutbox#sendAndNote}), so a
 * batch or job that dies or fails after sending, before its commit, does not send it again when it
 * runs again. Sending stays at least once: a mail goes out twice only if the JVM dies in the moment
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
   * What to send ({@code r:} one notification; {@code e:} an event's, from jobs queued before the
   * {@link NotificationSender}), how many
   * tries came before, and the instance it is about (kept on the job so that Cockpit shows its
   * incident with the process).
   */
  public record Config(
      String target, int attempt, String processInstanceId, String processDefinitionId, String processDefinitionKey)
      implements JobHandlerConfiguration {

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
    if (config.target().startsWith(EVENT)) {
      return; // queued before the sender: the rows of its event are the sender's now
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    NotificationOutbox.Row row = outbox.find(config.target().substring(ROW.length())).orElse(null);
    if (row == null || !outbox.take(row.id(), config.attempt())) {
      return; // sent, skipped, or this try made already
    }
    try {
      outbox.finish(List.of(send(row, outbox.deliveredTo(row.id()))), now);
    } catch (ChannelFailure e) {
      if (config.attempt() < properties.retryDelays().size()) {
        retryLater(config, row, e.getCause(), now);
        return;
      }
      throw new ProcessEngineException(failure(row, config.attempt(), e.getCause()), e.getCause());
    }
  }

  /**
   * The first try of a notification the caller holds and counts as tried ({@link
   * NotificationSender}): its result, or null when the channel failed and a retry chain now has it.
   *
   * @param deliveredTo the address of its delivery note, if a try that did not commit left one
   */
  NotificationOutbox.Result firstTry(NotificationOutbox.Row row, String deliveredTo, Instant now, CommandContext context) {
    try {
      return send(row, deliveredTo);
    } catch (ChannelFailure e) {
      retryLater(chainOf(row, context), row, e.getCause(), now);
      return null;
    } catch (DataAccessException e) {
      throw e; // the database: the whole batch fails and the next one takes its rows again
    } catch (RuntimeException e) {
      // a fault of this row (a failed identity look-up, a channel's bug): it must not fail the batch,
      // which would roll back and head every next batch on every node; its retry chain tries it
      // again and ends, if it keeps failing, as an incident in Cockpit
      LOG.error("Thông báo {} lỗi khi gửi lần đầu, chuyển sang thử lại", row.id(), e);
      retryLater(chainOf(row, context), row, e, now);
      return null;
    }
  }

  /** The first job of a row's retry chain, named after its process instance (Cockpit shows it there). */
  private static Config chainOf(NotificationOutbox.Row row, CommandContext context) {
    String instance = row.processInstanceId();
    ExecutionEntity running = instance == null ? null : context.getExecutionManager().findExecutionById(instance);
    if (running != null) {
      return new Config(
          ROW + row.id(), 0, instance, running.getProcessDefinitionId(), running.getProcessDefinition().getKey());
    }
    HistoricProcessInstanceEntity ended =
        instance == null ? null : context.getHistoricProcessInstanceManager().findHistoricProcessInstance(instance);
    return ended == null
        ? new Config(ROW + row.id(), 0, instance, null, null)
        : new Config(ROW + row.id(), 0, instance, ended.getProcessDefinitionId(), ended.getProcessDefinitionKey());
  }

  /**
   * The channel could not deliver (mail server down, refused): retried by this handler's chain.
   * Anything else fails a retry job, which the engine runs again; in a first try, a database error
   * fails the batch and any other fault goes to the row's retry chain ({@link #firstTry}).
   */
  private static final class ChannelFailure extends Exception {
    ChannelFailure(Exception cause) {
      super(cause);
    }
  }

  /** Sends one notification, or says why it is skipped; throws when the channel failed. */
  private NotificationOutbox.Result send(NotificationOutbox.Row row, String deliveredTo) throws ChannelFailure {
    if (deliveredTo != null) {
      // sent by an earlier try whose batch or job did not commit (the JVM died, the database went away)
      return new NotificationOutbox.Result(row.id(), NotificationOutbox.SENT, deliveredTo, null, true);
    }
    // A row of a kind this version does not know (queued by a newer node during a rolling deploy) is
    // sent all the same: its subject and text were written when it was queued.
    NotificationChannel channel =
        channels.orderedStream().filter(c -> c.name().equals(row.channel())).findFirst().orElse(null);
    if (channel == null || !channel.isEnabled()) {
      return skipped(row, "Kênh '" + row.channel() + "' không còn được cấu hình");
    }
    Recipient recipient = NotificationService.user(row.recipient());
    if (recipient == null) {
      return skipped(row, "Người nhận không còn trong tổ chức");
    }
    String address = channel.addressOf(recipient);
    if (address == null) {
      return skipped(row, "Người nhận chưa có địa chỉ " + channel.name());
    }
    if (channel.notesEachSend()) {
      try {
        outbox.sendAndNote(row.id(), address, ClockUtil.getCurrentTime().toInstant(),
            () -> channel.send(recipient, address, row.subject(), row.body()));
      } catch (NotificationOutbox.SendFailed e) {
        throw new ChannelFailure((Exception) e.getCause());
      }
    } else {
      try {
        channel.send(recipient, address, row.subject(), row.body());
      } catch (Exception e) {
        throw new ChannelFailure(e);
      }
    }
    return new NotificationOutbox.Result(row.id(), NotificationOutbox.SENT, address, null, channel.notesEachSend());
  }

  private static NotificationOutbox.Result skipped(NotificationOutbox.Row row, String reason) {
    return new NotificationOutbox.Result(row.id(), NotificationOutbox.SKIPPED, null, reason, false);
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
