package vn.kstthc.procedure;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import vn.kstthc.platform.RunningApplication;

/** {@link CaseIdentityIT} on the default H2 file database. */
class CaseIdentityOnH2IT extends CaseIdentityIT {

  // static: injected before the per-class @BeforeAll that starts the application
  @TempDir static Path dataDir;

  @Override
  RunningApplication startApplication() {
    return RunningApplication.start(
        Map.of("KSTTHC_DATA_DIR", dataDir.toString(), "KSTTHC_ADMIN_PASSWORD", "Quan-tri-Ma-ho-so-2026"));
  }
}
