package vn.kstthc.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case numbers' own pool connects as the application's pool does, with all of its settings
 * (here a schema of its own, as a province may set with spring.datasource.hikari.schema), not
 * only its URL and account.
 */
class CaseNumbersPoolTest {

  @Test
  void numbersAreDrawnWithTheApplicationPoolsSettings() throws Exception {
    String url = "jdbc:h2:mem:case-numbers-pool;DB_CLOSE_DELAY=-1";
    try (Connection setUp = DriverManager.getConnection(url, "sa", "");
        HikariDataSource application = new HikariDataSource()) {
      setUp.createStatement().execute(
          "create schema kstthc; create table kstthc.kstthc_case_sequence "
              + "(prefix varchar(20), year_ int, last_value bigint, primary key (prefix, year_))");
      application.setJdbcUrl(url);
      application.setUsername("sa");
      application.setSchema("KSTTHC");
      new JdbcTemplate(application).execute("select 1"); // started, as the application's pool is
      DataSourceProperties urlOnly = new DataSourceProperties();
      urlOnly.setUrl(url);
      urlOnly.setUsername("sa");
      urlOnly.afterPropertiesSet();

      CaseNumbers numbers = new CaseNumbers(application, urlOnly);
      try {
        assertThat(numbers.next("KT", 2031)).isEqualTo("KT-2031-0001");
        assertThat(numbers.next("KT", 2031)).isEqualTo("KT-2031-0002");
      } finally {
        numbers.destroy();
      }
    }
  }
}
