package vn.kstthc.reporting;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reports' own JdbcTemplate: the application's data source, with a statement timeout. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class ReportingConfiguration {

  @Bean
  NamedQueries reportNamedQueries(DataSource dataSource, ReportingProperties properties) {
    return NamedQueries.fromClasspath(timedJdbc(dataSource, properties));
  }

  /** A JdbcTemplate whose statements the database cancels after the configured timeout. */
  static JdbcTemplate timedJdbc(DataSource dataSource, ReportingProperties properties) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.setQueryTimeout((int) Math.max(1, properties.queryTimeout().toSeconds()));
    return jdbc;
  }
}
