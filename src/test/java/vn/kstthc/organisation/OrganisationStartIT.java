package vn.kstthc.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import vn.kstthc.platform.RunningApplication;

/**
 * Starts and restarts on one H2 database with a province file whose {@code version} changes, as
 * nodes of one cluster do: an older file is refused and changes nothing, the same version changes
 * nothing, and no request is served (nor readiness reported) before the organisation is applied.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrganisationStartIT {

  @TempDir static Path dataDir;

  /** What the application looked like when its main web server opened its port. */
  static class WebServerStart implements ApplicationListener<ApplicationEvent> {
    static volatile List<String> officers;
    static volatile ReadinessState readiness;
    static volatile int managementPort;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (event instanceof ServletWebServerInitializedEvent started) {
        if ("management".equals(started.getApplicationContext().getServerNamespace())) {
          managementPort = started.getWebServer().getPort();
        } else {
          officers = started.getApplicationContext().getBean(OrganisationService.class).organisation().users().stream()
              .map(Organisation.Member::id)
              .toList();
          readiness = started.getApplicationContext().getBean(ApplicationAvailability.class).getReadinessState();
        }
      }
    }
  }

  static Path file;

  static RunningApplication start() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("KSTTHC_DATA_DIR", dataDir.toString());
    properties.put("KSTTHC_DEMO_ENABLED", "false");
    properties.put("KSTTHC_ORGANISATION_FILE", "file:" + file);
    properties.put("kstthc.deadlines.scan-enabled", "false");
    return RunningApplication.start(properties, List.of(new WebServerStart()));
  }

  static void writeFile(int version, String... officers) throws IOException {
    StringBuilder yaml = new StringBuilder("version: " + version + "\n")
        .append("groups:\n  - id: phong-thu\n    name: Phòng Thử nghiệm\n    kind: officers\nusers:\n");
    for (String officer : officers) {
      yaml.append("  - id: ").append(officer).append("\n    name: Nguyễn Văn ").append(officer.substring(3))
          .append("\n    groups: [phong-thu]\n");
    }
    // the shipped processes' roles, all held by the one unit: a role without a unit stops the start
    yaml.append("roles:\n");
    for (String role : shippedRoles()) {
      yaml.append("  ").append(role).append(": [phong-thu]\n");
    }
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
  }

  static Set<String> shippedRoles() throws IOException {
    Set<String> roles = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(m -> m.toString().endsWith(".bpmn")).toList()) {
        roles.addAll(RoleFunctions.namedIn(Files.readString(model)));
      }
    }
    return roles;
  }

  /**
   * The start fails with this message. Camunda's webapp filters then still hold the failed
   * context in a static field (a failed start ends the process in production): forgotten here, so
   * that the next start in this JVM works.
   */
  static void startFails(String message) {
    assertThatThrownBy(OrganisationStartIT::start).hasStackTraceContaining(message);
    ForgetFailedStart.now();
  }

  static final class ForgetFailedStart extends LazyInitRegistration {
    static void now() {
      APPLICATION_CONTEXT = null;
    }
  }

  static boolean userInDatabase(String id) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/h2/kstthc", "kstthc", "");
        ResultSet rows = connection.createStatement().executeQuery("select id_ from act_id_user where id_ = '" + id + "'")) {
      return rows.next();
    }
  }

  @Test
  void olderFilesAreRefusedAndNothingIsServedBeforeTheOrganisation(CapturedOutput output) throws Exception {
    file = dataDir.resolve("to-chuc.yaml");
    writeFile(2, "cv.mot");
    try (RunningApplication app = start()) {
      assertThat(WebServerStart.officers).as("applied before the port opened").containsExactly("cv.mot");
      assertThat(WebServerStart.readiness).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
      HttpResponse<String> readiness =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + WebServerStart.managementPort + "/actuator/health/readiness")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(readiness.statusCode()).isEqualTo(200);
      assertThat(readiness.body()).contains("UP");

      // no KSTTHC_ADMIN_PASSWORD: the generated password is in an owner-only file, not in the log
      Path passwordFile = dataDir.resolve("admin-password.txt");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
      String password = Files.readAllLines(passwordFile).get(1).replace("Mật khẩu / password: ", "");
      assertThat(app.rest("admin", password).get("/engine-rest/task").status()).isEqualTo(200);
      assertThat(output.getAll()).doesNotContain(password).contains(passwordFile.toString());
    }

    writeFile(3, "cv.mot", "cv.hai"); // a newer file, applied by a node
    start().close();
    assertThat(userInDatabase("cv.hai")).isTrue();

    writeFile(2, "cv.mot"); // another node restarted with the old file
    startFails("phiên bản 2 cũ hơn phiên bản 3");
    assertThat(userInDatabase("cv.hai")).as("the newer organisation stays").isTrue();

    writeFile(3, "cv.mot", "cv.hai", "cv.ba"); // changed without raising the version
    startFails("phiên bản 3 đã được áp dụng với nội dung khác");
    assertThat(userInDatabase("cv.ba")).isFalse();

    writeFile(3, "cv.mot", "cv.hai"); // the same version again: nothing to change
    try (RunningApplication app = start()) {
      assertThat(app.bean(OrganisationService.class).reload().none()).isTrue();
      assertThat(WebServerStart.officers).containsExactly("cv.mot", "cv.hai");
    }
  }
}
