package vn.kstthc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.TestPostgres;

/**
 * Keeps the benchmark harness from rotting: a few seconds at one client against the real
 * application on PostgreSQL, through the same workload, counters and report as benchmark/run.sh.
 * It measures nothing worth quoting (the application shares this JVM).
 */
class BenchmarkSmokeIT {

  @Test
  void aShortRunProducesAResultFile() throws Exception {
    Map<String, Object> database = TestPostgres.newDatabase("kstthc_benchmark");
    Map<String, Object> properties = new HashMap<>(database);
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", BenchmarkRunner.ADMIN_PASSWORD);
    properties.put("kstthc.deadlines.scan-enabled", "false");
    try (RunningApplication app = RunningApplication.start(properties, "postgres")) {
      BenchmarkSetup.install(app.baseUrl(), "admin", BenchmarkRunner.ADMIN_PASSWORD);
      Workload workload = new Workload(app.baseUrl(), BenchmarkSetup.OFFICERS);
      DbCounters before;
      try (Connection connection = connect(database)) {
        before = DbCounters.read(connection);
      }
      Workload.Outcome outcome = workload.run(1, Duration.ofSeconds(3));
      DbCounters after;
      try (Connection connection = connect(database)) {
        after = DbCounters.read(connection);
      }
      DbCounters.Delta delta = DbCounters.between(before, after, 1);

      assertThat(outcome.errors()).isEmpty();
      assertThat(outcome.instances()).isPositive();
      assertThat(outcome.requests()).isEqualTo(outcome.instances() * 3);
      assertThat(outcome.complete().summary().count()).isEqualTo((int) outcome.instances());
      assertThat(delta.writing()).as("each instance writes at least twice (start, complete)")
          .isGreaterThanOrEqualTo(2 * outcome.instances());

      RunResult result = RunResult.application("ours", outcome, delta, null, null, null, null, 1, null);
      BenchmarkReport report = new BenchmarkReport("smoke", Map.of("cores", "2"), 3, List.of(result), "officer");
      Path dir = Path.of("target/benchmark-smoke");
      report.write(dir, "smoke");
      assertThat(BenchmarkReport.fromJson(Files.readString(dir.resolve("smoke.json"))).runs()).hasSize(1);
      assertThat(Files.readString(dir.resolve("smoke.md"))).contains("| 1 |");

      // the petition walked to its end through every step's form (BENCH_WORKLOAD=pakn-walk)
      Workload.Outcome walk = new PetitionWalk(app.baseUrl()).run(1, Duration.ofSeconds(1));
      assertThat(walk.errors()).isEmpty();
      assertThat(walk.instances()).isPositive();
      assertThat(walk.requests()).isEqualTo(walk.instances() * (1 + 2 * PetitionWalk.STEPS.size()));
      assertThat(walk.steps().get("he-thong-quoc-gia").summary().count()).isEqualTo((int) walk.instances());
    }
  }

  private static Connection connect(Map<String, Object> database) throws Exception {
    return DriverManager.getConnection(
        (String) database.get("KSTTHC_DB_URL"), (String) database.get("KSTTHC_DB_USER"), (String) database.get("KSTTHC_DB_PASSWORD"));
  }
}
