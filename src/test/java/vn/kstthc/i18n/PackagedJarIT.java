package vn.kstthc.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kstthc.benchmark.AppProcess;

/**
 * The jar the build produces, started with {@code java -jar} as in production, serves our
 * {@code config.js}, the Vietnamese locales and the forms script instead of the Camunda webjar's
 * files at the same paths (Spring Boot keeps {@code META-INF/} at the root of the jar, outside
 * {@code BOOT-INF/classes}, so this is not what the other tests, run from target/classes, see).
 */
class PackagedJarIT {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void thePackagedJarServesTheVietnameseWebappFiles(@TempDir Path data) throws Exception {
    int port = AppProcess.freePort();
    int managementPort = AppProcess.freePort();
    Path log = data.resolve("app.log");
    Process app =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Duser.timezone=Asia/Ho_Chi_Minh",
                "-Dfile.encoding=UTF-8",
                "-jar",
                AppProcess.packagedJar().toString(),
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--KSTTHC_DATA_DIR=" + data,
                "--KSTTHC_DEMO_ENABLED=false",
                "--KSTTHC_ADMIN_PASSWORD=Quan-tri-Goi-2026")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      String base = "http://127.0.0.1:" + port + "/camunda/app/";
      String config = waitForBody(base + "tasklist/scripts/config.js", app, log);
      assertThat(config).contains("availableLocales: ['vi', 'en']", "customScripts: ['scripts/kstthc-forms-vi.js', 'scripts/kstthc-tasklist.js']");
      assertThat(get(base + "tasklist/scripts/kstthc-tasklist.js").body()).contains("/api/ho-so-da-khoi-tao");
      for (String webapp : List.of("welcome", "admin", "cockpit")) {
        assertThat(get(base + webapp + "/scripts/config.js").body()).contains("fallbackLocale: 'vi'");
        HttpResponse<String> locale = get(base + webapp + "/locales/vi.json");
        assertThat(locale.statusCode()).as(webapp + "/locales/vi.json").isEqualTo(200);
        assertThat(locale.body()).contains("\"labels\"", "Đăng xuất");
      }
      assertThat(get(base + "tasklist/locales/vi.json").body()).contains("Việc của tôi");
      assertThat(get(base + "tasklist/scripts/kstthc-forms-vi.js").body()).contains("Trường này là bắt buộc.");
      // ready means every start-up check has run: a jar without an organisation file or demo must
      // stay up (it once served these files for a second, then stopped on its role check)
      waitForBody("http://127.0.0.1:" + managementPort + "/actuator/health/readiness", app, log);
      assertThat(app.isAlive()).as("the application is still running").isTrue();
    } finally {
      app.destroy();
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  /** The body once the application answers 200, failing with its log if it stops or takes 2 min. */
  static String waitForBody(String url, Process app, Path log) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      if (!app.isAlive()) {
        throw new AssertionError("the packaged application stopped:\n" + Files.readString(log));
      }
      try {
        HttpResponse<String> response = get(url);
        if (response.statusCode() == 200) {
          return response.body();
        }
      } catch (IOException notYetListening) {
        // the application is still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no answer from " + url + " within 2 minutes:\n" + Files.readString(log));
  }

  static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
