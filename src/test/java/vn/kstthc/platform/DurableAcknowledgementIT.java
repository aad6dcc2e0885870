package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kstthc.benchmark.AppProcess;
import vn.kstthc.benchmark.StartBurst;

/**
 * A 2xx answer is a promise that survives the process: the packaged application is killed with
 * SIGKILL (no shutdown, as a crash or {@code kill -9}) while 4 officers' clients start
 * assignments, restarted on the same database, and every start that was answered 200 must be
 * there. On H2 this fails with H2's default WRITE_DELAY (500 ms of commits kept in memory only);
 * see application.yaml. On PostgreSQL the database server outlives the application (here zonky's,
 * which even runs with synchronous_commit=off): what is checked is that no answer comes before
 * its commit; a crash of the database server itself is not simulated.
 */
class DurableAcknowledgementIT {

  private static final String DEMO_PASSWORD = "Kstthc@2026!";
  private static final String ADMIN_PASSWORD = "Quan-tri-Ben-2026";
  private static final int CLIENTS = 4;
  /** Killed once this many starts were answered: past the first slow (cold) ones, mid-burst. */
  private static final int KILL_AFTER = 150;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyAcknowledgedStartSurvivesKillOnH2(@TempDir Path data) throws Exception {
    assertSurvivesKill("h2", "default", Map.of("KSTTHC_DATA_DIR", data.toString()), data);
  }

  @Test
  void everyAcknowledgedStartSurvivesKillOnPostgres(@TempDir Path logs) throws Exception {
    Map<String, String> database = new HashMap<>();
    TestPostgres.newDatabase("kstthc_durable").forEach((name, value) -> database.put(name, value.toString()));
    assertSurvivesKill("postgres", "postgres", database, logs);
  }

  private static void assertSurvivesKill(String name, String profiles, Map<String, String> database, Path logs)
      throws Exception {
    Map<String, String> environment = new HashMap<>(database);
    environment.put("KSTTHC_DEMO_ENABLED", "true");
    environment.put("KSTTHC_DEMO_PASSWORD", DEMO_PASSWORD);
    environment.put("KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    Path jar = AppProcess.packagedJar();

    AppProcess app = start(jar, profiles, environment, logs.resolve(name + "-1.log"));
    StartBurst burst = new StartBurst(app.baseUrl(), DEMO_PASSWORD);
    StartBurst.Result result;
    try {
      burst.start(CLIENTS);
      assertThat(burst.awaitAcknowledged(KILL_AFTER, Duration.ofMinutes(1)))
          .as("%d starts answered within a minute", KILL_AFTER)
          .isTrue();
    } finally {
      app.kill();
      result = burst.stop();
    }
    assertThat(result.refused()).as("starts answered other than 200 before the kill").isZero();

    List<String> lost;
    try (AppProcess restarted = start(jar, profiles, environment, logs.resolve(name + "-2.log"))) {
      Set<String> persisted = existing(restarted.baseUrl(), result.acknowledged());
      lost = new ArrayList<>(result.acknowledged());
      lost.removeAll(persisted);
    }
    int acknowledged = result.acknowledged().size();
    System.out.printf(
        "%s, kill -9 during %d clients' starts: acknowledged %d, persisted %d, lost %d%n",
        name, CLIENTS, acknowledged, acknowledged - lost.size(), lost.size());
    assertThat(lost).as("%s: starts answered 200 but gone after kill -9 (of %d acknowledged)", name, acknowledged).isEmpty();
  }

  private static AppProcess start(Path jar, String profiles, Map<String, String> environment, Path log) throws Exception {
    return AppProcess.start(jar, profiles, environment, AppProcess.freePort(), AppProcess.freePort(), log, List.of());
  }

  /** The ids among {@code ids} the restarted application knows, asked as the administrator. */
  private static Set<String> existing(String baseUrl, List<String> ids) throws Exception {
    String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/history/process-instance"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", auth)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("processInstanceIds", ids))))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Set<String> found = new HashSet<>();
    for (JsonNode instance : JSON.readTree(response.body())) {
      found.add(instance.get("id").asText());
    }
    return found;
  }
}
