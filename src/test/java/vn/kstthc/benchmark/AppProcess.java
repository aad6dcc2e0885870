package vn.kstthc.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/** The application jar started as its own process (as in production), measured from outside. */
public final class AppProcess implements AutoCloseable {

  /** The java command of every measured process, ours and the anchor alike ({@code bench.jvm} adds options). */
  static final List<String> JAVA_COMMAND =
      List.of("java", "-Xmx1g", "-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8");

  private final Process process;
  private final double startupSeconds;
  private final int port;

  private AppProcess(Process process, double startupSeconds, int port) {
    this.process = process;
    this.startupSeconds = startupSeconds;
    this.port = port;
  }

  /**
   * @param jvmOptions extra JVM options, e.g. a Java Flight Recorder recording for profiling
   */
  public static AppProcess start(
      Path jar, String profiles, Map<String, String> environment, int port, int managementPort, Path log, List<String> jvmOptions)
      throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.profiles.active=" + profiles, "--server.port=" + port, "--server.address=127.0.0.1",
        "--management.server.port=" + managementPort));
    // the deadline scan off unless the caller's environment turns it on (a command-line argument
    // would override the environment)
    if (!environment.containsKey("KSTTHC_DEADLINES_SCANENABLED")) {
      arguments.add("--kstthc.deadlines.scan-enabled=false");
    }
    URI readiness = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness");
    return start(jar, arguments, environment, port, readiness, status -> status == 200, log, jvmOptions);
  }

  /**
   * Any Spring Boot jar, ready once {@code readiness} answers with a status {@code ready} accepts
   * (the benchmark's anchor has no actuator: its REST API's engine list answers once the context
   * has started).
   */
  public static AppProcess start(
      Path jar, List<String> arguments, Map<String, String> environment, int port, URI readiness, IntPredicate ready, Path log,
      List<String> jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(JAVA_COMMAND);
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    long t0 = System.nanoTime();
    Process process = builder.start();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    // a machine shared with other builds can take longer: -Dapp.ready.minutes (JAVA_TOOL_OPTIONS)
    long minutes = Long.getLong("app.ready.minutes", 3);
    long deadline = t0 + Duration.ofMinutes(minutes).toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application stopped while starting; see " + log);
      }
      try {
        // a connection accepted while Tomcat is still starting may never be answered: a timeout
        HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build();
        if (ready.test(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode())) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("The application did not become ready in " + minutes + " minutes; see " + log);
      }
      Thread.sleep(200);
    }
    return new AppProcess(process, (System.nanoTime() - t0) / 1e9, port);
  }

  /** The jar of the package phase in target/ (the integration tests run after it). */
  public static Path packagedJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      List<Path> jars = files.filter(path -> path.getFileName().toString().matches("kstthc-workflow-.*\\.jar")).toList();
      if (jars.size() != 1) {
        throw new IllegalStateException("Expected one kstthc-workflow jar in target/ (run the package phase): " + jars);
      }
      return jars.get(0);
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public double startupSeconds() {
    return startupSeconds;
  }

  /** Resident memory of the JVM process, MiB (VmRSS of /proc/PID/status). */
  public double rssMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  /** CPU time used by the JVM so far (user + system), milliseconds, from /proc/PID/stat. */
  public double cpuMillis() throws IOException {
    String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    return ticks * 1000.0 / 100; // USER_HZ is 100 on Linux
  }

  /** Ends the JVM at once, as kill -9 or a crash would: SIGKILL on Linux, no shutdown hooks. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
