package vn.kstthc.deadline;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kstthc.deadlines.*}.
 *
 * @param holidayDirectory a province's folder of {@code holidays-YYYY.yaml} files, overriding the
 *     shipped ones year by year (optional)
 * @param remindBeforeWorkingDays how long before a task's due time its officers are reminded
 * @param escalationGroup the group told, with the unit's head, when a task is overdue
 * @param scanInterval how often due dates are checked for reminders and escalations
 */
@ConfigurationProperties("kstthc.deadlines")
public record DeadlineProperties(
    Path holidayDirectory, int remindBeforeWorkingDays, String escalationGroup, Duration scanInterval) {

  public DeadlineProperties {
    if (holidayDirectory != null && holidayDirectory.toString().isBlank()) {
      holidayDirectory = null;
    }
    if (remindBeforeWorkingDays < 0) {
      throw new IllegalArgumentException("kstthc.deadlines.remind-before-working-days < 0");
    }
    if (escalationGroup == null || escalationGroup.isBlank()) {
      escalationGroup = "van-phong-so";
    }
    if (scanInterval == null) {
      scanInterval = Duration.ofMinutes(1);
    }
  }
}
