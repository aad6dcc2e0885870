package vn.kstthc.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes notifications to the application log: the channel of the trial run, used only when no
 * other channel is configured, so that a newcomer sees what officers would be told.
 */
@Component
public class LogChannel implements NotificationChannel {

  private static final Logger LOG = LoggerFactory.getLogger(LogChannel.class);

  private final ObjectProvider<NotificationChannel> channels;

  LogChannel(ObjectProvider<NotificationChannel> channels) {
    this.channels = channels;
  }

  @Override
  public String name() {
    return "log";
  }

  @Override
  public boolean isEnabled() {
    return channels.stream().noneMatch(channel -> channel != this && channel.isEnabled());
  }

  @Override
  public String addressOf(Recipient recipient) {
    return recipient.userId();
  }

  /**
   * No delivery note: a line written to the log a second time, after a crash in the moment before
   * its batch committed, misleads nobody, and the note would cost a transaction per notification.
   */
  @Override
  public boolean notesEachSend() {
    return false;
  }

  @Override
  public void send(Recipient recipient, String address, String subject, String body) {
    LOG.info("Thông báo cho {} ({}): {}\n{}", recipient.fullName(), address, subject, body);
  }
}
