package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application's copy of Camunda's {@code EngineUtil}: loaded, cheap, and answering as Camunda's. */
class EngineUtilTest {

  static ProcessEngine engine;

  @BeforeAll
  static void startAnEngineNamedDefault() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:engine-util-test")
        .buildProcessEngine();
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  @Test
  void theCopyIsTheOneLoadedAndCamundaIsTheVersionItWasCopiedFrom() {
    assertThat(EngineUtil.class.getProtectionDomain().getCodeSource().getLocation())
        .isEqualTo(RestApiCrossSiteFilter.class.getProtectionDomain().getCodeSource().getLocation());
    assertThat(ProcessEngineAuthenticationFilter.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        .as("on a Camunda upgrade compare EngineUtil with the new version's, then update this line")
        .endsWith("/camunda-engine-rest-core-jakarta-7.24.0.jar");
  }

  @Test
  void answersAsCamundasForTheDefaultANamedAndAnUnknownEngine() {
    assertThat(EngineUtil.lookupProcessEngine(null)).isSameAs(engine);
    assertThat(EngineUtil.lookupProcessEngine("default")).isSameAs(engine);
    assertThat(EngineUtil.lookupProcessEngine("khong-co")).isNull();
    assertThat(EngineUtil.getProcessEngineProvider().getProcessEngineNames()).contains("default");
  }

  @Test
  void findsAnEngineStartedAfterTheProviderWasRemembered() {
    assertThat(EngineUtil.lookupProcessEngine("thu-hai")).isNull();
    ProcessEngine second = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("thu-hai")
        .setJdbcUrl("jdbc:h2:mem:engine-util-test-2")
        .buildProcessEngine();
    try {
      assertThat(EngineUtil.lookupProcessEngine("thu-hai")).isSameAs(second);
    } finally {
      second.close();
    }
    assertThat(EngineUtil.lookupProcessEngine("thu-hai")).isNull();
  }

  @Test
  void searchesTheClassPathOncePerClassLoader() {
    CountingLoader loader = new CountingLoader(getClass().getClassLoader());
    ProcessEngine first = withContextLoader(loader, () -> EngineUtil.lookupProcessEngine("default"));
    ProcessEngine again = withContextLoader(loader, () -> EngineUtil.lookupProcessEngine(null));
    assertThat(first).isSameAs(engine);
    assertThat(again).isSameAs(engine);
    assertThat(loader.searches.get()).isEqualTo(1);
  }

  @Test
  void aLoaderWithoutProviderIsRefusedAsBefore() {
    ClassLoader empty = new ClassLoader(null) {};
    assertThatThrownBy(() -> withContextLoader(empty, () -> EngineUtil.lookupProcessEngine("default")))
        .isInstanceOf(RestException.class)
        .hasMessageContaining("Could not find an implementation");
    assertThatThrownBy(() -> withContextLoader(empty, EngineUtil::getProcessEngineProvider))
        .isInstanceOf(RestException.class)
        .hasMessageContaining("No process engine provider found");
  }

  static <T> T withContextLoader(ClassLoader loader, java.util.function.Supplier<T> call) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return call.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** Counts the searches for Camunda's services file. */
  static final class CountingLoader extends ClassLoader {
    final AtomicInteger searches = new AtomicInteger();

    CountingLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (name.endsWith("org.camunda.bpm.engine.rest.spi.ProcessEngineProvider")) {
        searches.incrementAndGet();
      }
      return super.getResources(name);
    }
  }
}
