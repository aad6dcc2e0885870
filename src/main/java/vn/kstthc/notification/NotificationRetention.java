package vn.kstthc.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mail bodies name officers and dossiers: they are not kept for ever. Every night, notifications
 * sent or skipped longer ago than {@code kstthc.notification.retention} (180 days) are deleted;
 * pending ones stay whatever their age.
 */
@Component
public class NotificationRetention {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationRetention.class);

  private final JdbcTemplate jdbc;
  private final Duration retention;

  NotificationRetention(JdbcTemplate jdbc, @Value("${kstthc.notification.retention:P180D}") Duration retention) {
    this.jdbc = jdbc;
    this.retention = retention;
  }

  @Scheduled(cron = "${kstthc.notification.retention-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
  public int deleteOld() {
    return deleteOlderThan(Instant.now().minus(retention));
  }

  int deleteOlderThan(Instant limit) {
    int deleted =
        jdbc.update(
            "delete from kstthc_notification where status in (?, ?) and created_at < ?",
            NotificationOutbox.SENT,
            NotificationOutbox.SKIPPED,
            Timestamp.from(limit));
    if (deleted > 0) {
      LOG.info("{} notifications older than {} deleted", deleted, retention);
    }
    return deleted;
  }
}
