package vn.kstthc.reporting;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kstthc.reporting.*}.
 *
 * @param queryTimeout a report's query is cancelled by the database after this long (JDBC
 *     statement timeout), so a heavy period cannot hold a pooled connection shared with the engine
 * @param supervisorRoles roles of the organisation file whose groups read every unit's rows (the
 *     Văn phòng's đầu mối KSTTHC, the Sở's leadership); groups of kind {@code supervisors} and
 *     {@code administrators} always do
 */
@ConfigurationProperties("kstthc.reporting")
public record ReportingProperties(Duration queryTimeout, List<String> supervisorRoles) {

  public ReportingProperties {
    if (queryTimeout == null) {
      queryTimeout = Duration.ofSeconds(10);
    }
    if (queryTimeout.isNegative() || queryTimeout.isZero()) {
      throw new IllegalArgumentException("kstthc.reporting.query-timeout must be positive");
    }
    supervisorRoles = supervisorRoles == null ? List.of("dau-moi-kstthc", "lanh-dao") : List.copyOf(supervisorRoles);
  }
}
