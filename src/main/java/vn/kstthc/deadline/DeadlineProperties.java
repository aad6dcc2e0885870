package vn.kstthc.deadline;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kstthc.deadlines.*}.
 *
 * @param holidayDirectory a province's folder of {@code holidays-YYYY.yaml} files, overriding the
 *     shipped ones year by year (optional)
 * @param officeHours office sessions, e.g. {@code 07:30-11:30,13:30-17:30} (the province's decision
 *     on working hours)
 * @param remindBeforeWorkingDays how long before a task's due time its officers are reminded
 * @param escalationGroup the group told, with the unit's head, when a task is overdue
 * @param scanInterval how often due dates are checked for reminders and escalations
 * @param lookBack how long a task may be overdue and still be escalated (one that fell due while
 *     the application was stopped); older ones were escalated when they fell due, and the scan no
 *     longer reads them
 */
@ConfigurationProperties("kstthc.deadlines")
public record DeadlineProperties(
    Path holidayDirectory,
    String officeHours,
    int remindBeforeWorkingDays,
    String escalationGroup,
    Duration scanInterval,
    Duration lookBack) {

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
    if (lookBack == null) {
      lookBack = Duration.ofDays(30);
    }
    if (officeHours == null || officeHours.isBlank()) {
      officeHours = "07:30-11:30,13:30-17:30";
    }
  }

  /** The office sessions, in Vietnam's time zone. */
  public vn.kstthc.calendar.OfficeHours parsedOfficeHours() {
    try {
      return vn.kstthc.calendar.OfficeHours.of(
          vn.kstthc.calendar.OfficeHours.VIETNAM,
          java.util.Arrays.stream(officeHours.split(","))
              .map(String::strip)
              .map(
                  session -> {
                    String[] bounds = session.split("-");
                    return new vn.kstthc.calendar.OfficeHours.Session(
                        java.time.LocalTime.parse(bounds[0].strip()), java.time.LocalTime.parse(bounds[1].strip()));
                  })
              .toArray(vn.kstthc.calendar.OfficeHours.Session[]::new));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "kstthc.deadlines.office-hours '" + officeHours + "' không hợp lệ: viết dạng 07:30-11:30,13:30-17:30", e);
    }
  }
}
