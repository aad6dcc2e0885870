package vn.kstthc.platform;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** The in-memory engine shared by all process tests (one per JVM, cached by Camunda). */
public final class ProcessTests {

  public static final String CONFIGURATION = "process-test.camunda.cfg.xml";

  private ProcessTests() {}

  /** Use as {@code @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();}. */
  public static ProcessEngineExtension engine() {
    return ProcessEngineExtension.builder().configurationResource(CONFIGURATION).build();
  }
}
