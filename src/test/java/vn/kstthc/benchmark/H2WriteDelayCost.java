package vn.kstthc.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What H2's WRITE_DELAY=0 (application.yaml) costs: the packaged jar twice at once on two fresh
 * H2 files, as configured and with H2's default WRITE_DELAY (500 ms), and bursts of starts by 4
 * clients on one then the other (each first in turn), so that a busy moment of the machine hits
 * both. Prints each burst and the medians. Run (after {@code ./mvnw package}):
 *
 * <pre>
 * ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat /tmp/cp.txt)" vn.kstthc.benchmark.H2WriteDelayCost
 * </pre>
 */
public final class H2WriteDelayCost {

  private static final String PASSWORD = "Kstthc@2026!";

  private H2WriteDelayCost() {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.getInteger("cost.rounds", 5);
    Duration burst = Duration.ofSeconds(Integer.getInteger("cost.seconds", 15));
    int clients = 4;
    Path work = Files.createTempDirectory("kstthc-h2-write-delay");
    Map<String, AppProcess> apps = new LinkedHashMap<>();
    try {
      Path configured = work.resolve("configured");
      apps.put("WRITE_DELAY=0 (configured)", start(configured, Map.of("KSTTHC_DATA_DIR", configured.toString())));
      Path old = work.resolve("h2-default");
      apps.put("WRITE_DELAY=500 (H2 default)", start(old, Map.of("KSTTHC_DATA_DIR", old.toString(),
          "SPRING_DATASOURCE_URL", "jdbc:h2:file:" + old + "/h2/kstthc;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;WRITE_DELAY=500")));
      for (AppProcess app : apps.values()) {
        run(app, clients, Duration.ofSeconds(5)); // warm-up
      }
      Map<String, List<StartBurst.Result>> results = new LinkedHashMap<>();
      for (int round = 1; round <= rounds; round++) {
        List<Map.Entry<String, AppProcess>> order = new ArrayList<>(apps.entrySet());
        if (round % 2 == 0) {
          Collections.reverse(order); // neither always first
        }
        for (Map.Entry<String, AppProcess> app : order) {
          StartBurst.Result result = run(app.getValue(), clients, burst);
          results.computeIfAbsent(app.getKey(), k -> new ArrayList<>()).add(result);
          System.out.printf("round %d  %-28s %6.1f starts/s  p95 %6.0f ms  (%d starts, %d refused)%n",
              round, app.getKey(), result.startsPerSecond(), result.latency().p95(), result.acknowledged().size(), result.refused());
        }
      }
      System.out.printf("%nMedians of %d interleaved bursts of %d s, %d clients:%n", rounds, burst.toSeconds(), clients);
      results.forEach((config, runs) -> System.out.printf("%-28s %6.1f starts/s  p95 %6.0f ms%n", config,
          median(runs.stream().mapToDouble(StartBurst.Result::startsPerSecond).toArray()),
          median(runs.stream().mapToDouble(r -> r.latency().p95()).toArray())));
    } finally {
      for (AppProcess app : apps.values()) {
        app.close();
      }
    }
  }

  private static AppProcess start(Path dir, Map<String, String> environment) throws Exception {
    Files.createDirectories(dir);
    Map<String, String> all = new LinkedHashMap<>(environment);
    all.put("KSTTHC_DEMO_ENABLED", "true");
    all.put("KSTTHC_DEMO_PASSWORD", PASSWORD);
    all.put("KSTTHC_ADMIN_PASSWORD", "Quan-tri-Do-2026");
    return AppProcess.start(AppProcess.packagedJar(), "default", all, AppProcess.freePort(), AppProcess.freePort(),
        dir.resolve("app.log"), List.of());
  }

  private static StartBurst.Result run(AppProcess app, int clients, Duration duration) throws InterruptedException {
    StartBurst burst = new StartBurst(app.baseUrl(), PASSWORD);
    burst.start(clients);
    Thread.sleep(duration.toMillis());
    return burst.stop();
  }

  private static double median(double[] values) {
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}
