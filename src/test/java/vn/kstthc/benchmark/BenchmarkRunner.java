package vn.kstthc.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of {@code benchmark/run.sh}: for each client count, on fresh databases of one
 * PostgreSQL server: pgbench simple-update (the database's own limit), then {@code pairs} pairs of
 * Camunda as shipped (the anchor, benchmark/anchor) and ours, interleaved, each pair's order
 * alternating so that neither always runs first. Writes a JSON result and a Markdown table.
 * Settings are system properties (see run.sh).
 */
public final class BenchmarkRunner {

  static final String ADMIN_PASSWORD = "Quan-tri-Do-2026!";

  private final String pgHost = System.getProperty("bench.pg.host", "127.0.0.1");
  private final int pgPort = Integer.getInteger("bench.pg.port", 55432);
  private final String pgUser = System.getProperty("bench.pg.user", "postgres");
  private final String pgbench = System.getProperty("bench.pgbench", "pgbench");
  private final Path jar = Path.of(System.getProperty("bench.jar"));
  private final String anchorJar = System.getProperty("bench.anchor.jar");
  private final int port = Integer.getInteger("bench.port", 18080);
  private final int pairs = Integer.getInteger("bench.pairs", 3);
  /**
   * officer: the one-task process through /engine-rest; pakn: the machine intake of petitions;
   * pakn-walk: petitions taken in and walked to their end by the demo officers (both ours only).
   */
  private final String workload = System.getProperty("bench.workload", "officer");
  private final List<String> configs =
      Arrays.stream(System.getProperty("bench.configs", "shipped,ours").split(",")).map(String::strip)
          // Camunda as shipped has no petition intake
          .filter(config -> !(workload.startsWith("pakn") && config.equals("shipped"))).toList();
  /** The product's own JVM options (jvm.options, an argument file as its Dockerfile and README use it): ours only. */
  private final String productJvmOptions = System.getProperty("bench.jvm.options");
  private final List<String> jvmOptions =
      Arrays.stream(System.getProperty("bench.jvm", "").split(" ")).filter(option -> !option.isBlank()).toList();
  private final Path out = Path.of(System.getProperty("bench.out", "benchmark/results"));
  private final Path work = Path.of(System.getProperty("bench.work", "target/benchmark"));
  private final int seconds = Integer.getInteger("bench.seconds", 20);
  /**
   * Load before the measured run: the JIT compiles for about as much CPU as the requests use in
   * the first half minute (JFR's thread CPU load), more for the larger application, so a short
   * warm-up measures compilation rather than the cost per instance.
   */
  private final int warmupSeconds = Integer.getInteger("bench.warmup", 20);
  /** BENCH_STATEMENTS=true: the SQL of each measured run per instance, from pg_stat_statements (run.sh preloads it). */
  private final boolean statements = Boolean.getBoolean("bench.statements");
  private final String started =
      ZonedDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm"));
  private final List<Integer> clientCounts =
      Arrays.stream(System.getProperty("bench.clients", "1,4,16").split(",")).map(String::strip).map(Integer::valueOf).toList();

  public static void main(String[] args) throws Exception {
    new BenchmarkRunner().run();
  }

  void run() throws Exception {
    Files.createDirectories(work);
    List<RunResult> runs = new ArrayList<>();
    for (int clients : clientCounts) {
      runs.add(pgbench(clients));
      for (int pair = 1; pair <= pairs; pair++) {
        List<String> order = new ArrayList<>(configs);
        if (pair % 2 == 0) {
          Collections.reverse(order);
        }
        for (String config : order) {
          runs.add(application(config, clients, pair));
          System.out.println(runs.get(runs.size() - 1));
        }
      }
    }
    BenchmarkReport report = new BenchmarkReport(started, machine(), seconds, runs, workload);
    report.write(out, started);
    Files.writeString(out.resolve("latest.md"), report.toMarkdown(), StandardCharsets.UTF_8);
    System.out.println(report.toMarkdown());
  }

  RunResult pgbench(int clients) throws Exception {
    String db = "pgbench_" + clients;
    recreate(db);
    exec(List.of(pgbench, "-h", pgHost, "-p", String.valueOf(pgPort), "-U", pgUser, "-i", "-q", "-s", "1", db));
    String output = exec(List.of(pgbench, "-h", pgHost, "-p", String.valueOf(pgPort), "-U", pgUser, "-b", "simple-update",
        "-n", "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)), "-T", String.valueOf(seconds), db));
    return RunResult.pgbench(clients, seconds, parseTps(output));
  }

  static double parseTps(String pgbenchOutput) {
    Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(pgbenchOutput);
    if (!m.find()) {
      throw new IllegalStateException("No tps in pgbench output:\n" + pgbenchOutput);
    }
    return Double.parseDouble(m.group(1));
  }

  RunResult application(String config, int clients, int pair) throws Exception {
    String db = "kstthc_" + config + "_" + clients + "_" + pair;
    recreate(db);
    if (statements) {
      withConnection(db, StatementCounts::enable);
    }
    List<String> jvm = new ArrayList<>(jvmOptions);
    if (Boolean.getBoolean("bench.jfr")) {
      // deep enough for a REST call's whole stack (Tomcat, filters, Jersey, the engine, listeners): the default 64 cuts it
      jvm.add("-XX:FlightRecorderOptions:stackdepth=512");
      jvm.add("-XX:StartFlightRecording=filename=" + work.resolve(db + ".jfr").toAbsolutePath() + ",settings=profile,dumponexit=true");
    }
    try (AppProcess app = start(config, db, jvm)) {
      Load load = switch (workload) {
        case "pakn" -> new PetitionWorkload(app.baseUrl())::run;
        case "pakn-walk" -> new PetitionWalk(app.baseUrl())::run;
        default -> new Workload(app.baseUrl(), BenchmarkSetup.OFFICERS)::run;
      };
      // idle: started and set up, before any load (after the warm-up the heap has grown)
      Thread.sleep(2_000);
      double rssIdle = app.rssMiB();
      load.run(Math.min(clients, 4), Duration.ofSeconds(warmupSeconds)); // the same for every configuration
      Thread.sleep(12_000); // PostgreSQL publishes an idle backend's statistics after 10 s
      if (statements) {
        withConnection(db, StatementCounts::reset);
      }
      DbCounters before = counters(db);
      double cpuBefore = app.cpuMillis();
      AtomicReference<Double> rssMax = new AtomicReference<>(rssIdle);
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          try {
            double rss = app.rssMiB();
            rssMax.accumulateAndGet(rss, Math::max);
            Thread.sleep(500);
          } catch (InterruptedException e) {
            return;
          } catch (IOException e) {
            return;
          }
        }
      });
      sampler.start();
      Workload.Outcome outcome = load.run(clients, Duration.ofSeconds(seconds));
      sampler.interrupt();
      double cpu = app.cpuMillis() - cpuBefore;
      if (statements) {
        writeStatements(db, outcome.instances());
      }
      double startup = app.startupSeconds();
      app.close(); // backends exit and publish their statistics
      DbCounters after = counters(db);
      return RunResult.application(
          config, outcome, DbCounters.between(before, after, 1), cpu, startup, rssIdle, rssMax.get(), pair, loadAverage());
    }
  }

  /** {@code <out>/<started>-statements/<database>.md}: what this run sent, per instance. */
  private void writeStatements(String db, long instances) throws SQLException, IOException {
    StatementCounts counts;
    try (Connection connection = DriverManager.getConnection(jdbcUrl(db), pgUser, "")) {
      counts = StatementCounts.read(connection);
    }
    Path directory = out.resolve(started + "-statements");
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(db + ".md"), counts.toMarkdown(db, instances), StandardCharsets.UTF_8);
  }

  private interface OnConnection {
    void run(Connection connection) throws SQLException;
  }

  private void withConnection(String db, OnConnection action) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(db), pgUser, "")) {
      action.run(connection);
    }
  }

  /** Started and set up: the anchor through its REST API alone, ours with its demo organisation. */
  private AppProcess start(String config, String db, List<String> jvm) throws Exception {
    Path log = work.resolve(db + ".log");
    if (config.equals("shipped")) {
      Map<String, String> env = Map.of(
          "ANCHOR_DB_URL", jdbcUrl(db), "ANCHOR_DB_USER", pgUser, "ANCHOR_DB_PASSWORD", "", "ANCHOR_ADMIN_PASSWORD", ADMIN_PASSWORD);
      AppProcess app = AppProcess.start(Path.of(anchorJar), List.of("--server.port=" + port, "--server.address=127.0.0.1"), env, port,
          URI.create("http://127.0.0.1:" + port + "/engine-rest/engine"), status -> status == 200, log, jvm);
      return setUp(app, () -> BenchmarkSetup.installAnchor(app.baseUrl(), "admin", ADMIN_PASSWORD));
    }
    Map<String, String> env = Map.of(
        "KSTTHC_DB_URL", jdbcUrl(db), "KSTTHC_DB_USER", pgUser, "KSTTHC_DB_PASSWORD", "unused",
        "KSTTHC_DEMO_ENABLED", "true", "KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    List<String> ours = new ArrayList<>();
    if (productJvmOptions != null && !productJvmOptions.isBlank()) {
      ours.add("@" + productJvmOptions);
    }
    ours.addAll(jvm);
    AppProcess app = AppProcess.start(jar, config.equals("stock") ? "postgres,stock" : "postgres", env, port, port + 1, log, ours);
    return setUp(app, () -> BenchmarkSetup.install(app.baseUrl(), "admin", ADMIN_PASSWORD));
  }

  private interface Load {
    Workload.Outcome run(int clients, Duration duration) throws InterruptedException;
  }

  private interface SetUp {
    void run() throws Exception;
  }

  private static AppProcess setUp(AppProcess app, SetUp setUp) throws Exception {
    try {
      setUp.run();
      return app;
    } catch (Exception e) {
      app.close();
      throw e;
    }
  }

  /** The machine's 1-minute load average: other work beside the benchmark shows here. */
  static double loadAverage() throws IOException {
    return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
  }

  private DbCounters counters(String db) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(db), pgUser, "")) {
      return DbCounters.read(connection);
    }
  }

  private void recreate(String db) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), pgUser, "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + db + " with (force)");
      statement.execute("create database " + db + " encoding 'UTF8' template template0");
    }
  }

  private String jdbcUrl(String db) {
    return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + db;
  }

  private Map<String, String> machine() throws Exception {
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    machine.put("memory", exec(List.of("sh", "-c", "free -h | awk '/Mem:/ {print $2}'")).strip());
    machine.put("os", exec(List.of("sh", "-c", ". /etc/os-release && echo $PRETTY_NAME")).strip());
    machine.put("java", System.getProperty("java.version"));
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), pgUser, "");
        Statement statement = connection.createStatement();
        var rs = statement.executeQuery("show server_version")) {
      rs.next();
      machine.put("postgresql", rs.getString(1) + " (default settings, fsync on)");
    }
    return machine;
  }

  private static String exec(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }
}
