package vn.kstthc.platform;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default run: an H2 file database in a fresh folder, started twice. */
class H2PlatformIT extends PlatformSmokeScenario {

  @TempDir static Path dataDir;

  @Override
  Map<String, Object> databaseProperties() {
    return Map.of("KSTTHC_DATA_DIR", dataDir.toString(), "KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
  }

  @Override
  String[] profiles() {
    return new String[0];
  }

  @Test
  void runsAProcessAndSurvivesARestartOnH2() {
    runScenario();
  }
}
