package vn.kstthc.reporting;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.kstthc.platform.TestPostgres;

/**
 * The application's schema (every Flyway migration, as the application runs them) on a fresh
 * database, without starting the application: the report queries are tested on H2 and PostgreSQL.
 */
public final class ReportDatabases {

  private ReportDatabases() {}

  public static DataSource h2(String name) {
    return migrated(new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", ""), "h2");
  }

  public static DataSource postgres(String name) {
    Map<String, Object> env = TestPostgres.newDatabase(name);
    return migrated(
        new DriverManagerDataSource(
            (String) env.get("KSTTHC_DB_URL"), (String) env.get("KSTTHC_DB_USER"), (String) env.get("KSTTHC_DB_PASSWORD")),
        "postgresql");
  }

  private static DataSource migrated(DataSource dataSource, String vendor) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .load()
        .migrate();
    return dataSource;
  }
}
