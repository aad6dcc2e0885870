package vn.kstthc.platform;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real deployment: PostgreSQL 17 (binaries from Maven Central, started by the test), the
 * {@code postgres} profile configured through its environment variables, started twice.
 */
class PostgresPlatformIT extends PlatformSmokeScenario {

  static Map<String, Object> properties;

  @BeforeAll
  static void createDatabase() {
    properties = new HashMap<>(TestPostgres.newDatabase("kstthc_platform"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
  }

  @Override
  Map<String, Object> databaseProperties() {
    return properties;
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
