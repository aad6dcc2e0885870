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
 * Sends one queued notification, as a Camunda job: after the commit of the task it is about, on
 * the job executor, never in the officer's request. A failure is noted and tried again after the
 * configured delays (1, 5, 15, 30 minutes by default); when the last try fails the job is left
 * without retries, which shows as an incident in Cockpit (retry it there once the mail server is
 * back). Sending is at least once: a mail may go out twice if the JVM dies between sending and
 * committing, never zero times.
 */
@Component
public class NotificationJobHandler implements JobHandler<NotificationJobHandler.Config> {

  public static final String TYPE = "kstthc-notification";
  private static final Logger LOG = LoggerFactory.getLogger(NotificationJobHandler.class);

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
   * Which notification, how many tries came before this one, and the instance it is about (kept
   * on the job so that Cockpit shows its incident with the process).
   */
  public record Config(
      String notificationId, int attempt, String processInstanceId, String processDefinitionId, String processDefinitionKey)
      implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return String.join("|", notificationId, String.valueOf(attempt), orEmpty(processInstanceId),
          orEmpty(processDefinitionId), orEmpty(processDefinitionKey));
    }

    Config nextAttempt() {
      return new Config(notificationId, attempt + 1, processInstanceId, processDefinitionId, processDefinitionKey);
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
    // the row stays as a record of what was (or was not) sent
  }

  @Override
  public void execute(Config config, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    NotificationOutbox.Row row = outbox.find(config.notificationId()).orElse(null);
    if (row == null || !NotificationOutbox.PENDING.equals(row.status())) {
      return;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
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
      channel.send(recipient, address, row.subject(), row.body());
      outbox.finish(row.id(), NotificationOutbox.SENT, address, null, now);
    } catch (Exception e) {
      String failure =
          "Không gửi được thông báo '" + row.subject() + "' tới " + address + " qua " + channel.name()
              + " (lần " + (config.attempt() + 1) + "): " + e.getMessage();
      if (config.attempt() < properties.retryDelays().size()) {
        Duration wait = properties.retryDelays().get(config.attempt());
        LOG.warn("{}; thử lại sau {}", failure, wait);
        outbox.noteFailure(row.id(), failure);
        NotificationService.schedule(config.nextAttempt(), Date.from(now.plus(wait)));
        return;
      }
      throw new ProcessEngineException(failure, e);
    }
  }
}
