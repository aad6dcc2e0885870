package vn.kstthc.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real deployment: PostgreSQL 17 (binaries from Maven Central, started by the test), the
 * {@code postgres} profile configured through its environment variables, started twice.
 */
class PostgresPlatformIT extends PlatformSmokeScenario {

  static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create user kstthc with password 'kstthc-test'");
      statement.execute("create database kstthc owner kstthc encoding 'UTF8'");
    }
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  Map<String, Object> databaseProperties() {
    return Map.of(
        "KSTTHC_DB_URL", postgres.getJdbcUrl("kstthc", "kstthc").replace("user=kstthc", ""),
        "KSTTHC_DB_USER", "kstthc",
        "KSTTHC_DB_PASSWORD", "kstthc-test",
        "KSTTHC_DEMO_ENABLED", "true",
        "KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
  }

  @Override
  String[] profiles() {
    return new String[] {"postgres"};
  }

  @Test
  void runsAProcessAndSurvivesARestartOnPostgres() {
    runScenario();
  }
}
