package vn.kstthc.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kstthc.notification.*}.
 *
 * @param publicUrl the address officers open Tasklist at (links in mails)
 * @param mailFrom sender of the mails
 * @param retryDelays waits between the tries of a notification that could not be sent; after the
 *     last one the next failure raises an incident in Cockpit
 * @param batchSize how many notifications {@link NotificationSender} takes in one transaction
 * @param batchBudget how long one batch may spend sending before it leaves the rest to the next
 *     batch: a hung mail server costs each try its timeouts, and the batch holds a connection and
 *     its rows' locks until it commits
 */
@ConfigurationProperties("kstthc.notification")
public record NotificationProperties(
    String publicUrl, String mailFrom, List<Duration> retryDelays, int batchSize, Duration batchBudget) {

  public NotificationProperties {
    if (publicUrl == null || publicUrl.isBlank()) {
      publicUrl = "http://localhost:8080";
    }
    publicUrl = publicUrl.replaceAll("/+$", "");
    if (mailFrom == null || mailFrom.isBlank()) {
      mailFrom = "KSTTHC <no-reply@kstthc.local>";
    }
    if (retryDelays == null || retryDelays.isEmpty()) {
      retryDelays =
          List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30));
    }
    if (batchSize <= 0) {
      batchSize = 50;
    }
    if (batchBudget == null) {
      batchBudget = Duration.ofSeconds(60);
    }
  }

  /** Link that opens a task in Tasklist. */
  public String taskLink(String taskId) {
    return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
