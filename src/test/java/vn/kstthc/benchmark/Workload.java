package vn.kstthc.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The officer's action measured: N clients, each authenticated as a demo officer, start the
 * one-user-task benchmark process, find its task and complete it, again and again for a fixed
 * time, through {@code /engine-rest} on 127.0.0.1 only. Errors are counted by kind, never retried
 * away.
 */
public final class Workload {

  public static final String PROCESS_KEY = "benchmark-mot-buoc";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final List<String[]> users;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  /** @param users login and password pairs; client i acts as users[i % size] */
  public Workload(String baseUrl, List<String[]> users) {
    if (!baseUrl.startsWith("http://127.0.0.1") && !baseUrl.startsWith("http://localhost")) {
      throw new IllegalArgumentException("The benchmark only talks to this machine: " + baseUrl);
    }
    this.baseUrl = baseUrl;
    this.users = users;
  }

  /** What a run produced; {@code steps}: the latency of each step of a longer walk, by name (or none). */
  public record Outcome(
      int clients, double seconds, long instances, LatencyRecorder start, LatencyRecorder complete,
      LatencyRecorder findTask, Map<String, Long> errors, long requests, Map<String, LatencyRecorder> steps) {
    public Outcome(
        int clients, double seconds, long instances, LatencyRecorder start, LatencyRecorder complete,
        LatencyRecorder findTask, Map<String, Long> errors, long requests) {
      this(clients, seconds, instances, start, complete, findTask, errors, requests, Map.of());
    }

    public double instancesPerSecond() {
      return instances / seconds;
    }
  }

  public Outcome run(int clients, Duration duration) throws InterruptedException {
    LatencyRecorder start = new LatencyRecorder();
    LatencyRecorder complete = new LatencyRecorder();
    LatencyRecorder findTask = new LatencyRecorder();
    Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    AtomicLong instances = new AtomicLong();
    LongAdder requests = new LongAdder();
    double seconds = runClients(clients, duration, "benchmark-client", errors, client -> {
      String[] user = users.get(client % users.size());
      String auth = "Basic " + Base64.getEncoder().encodeToString((user[0] + ":" + user[1]).getBytes(StandardCharsets.UTF_8));
      JsonNode started = call(auth, "POST", "/engine-rest/process-definition/key/" + PROCESS_KEY + "/start", "{}", start, requests);
      JsonNode tasks = call(auth, "GET", "/engine-rest/task?processInstanceId=" + started.get("id").asText(), null, findTask, requests);
      call(auth, "POST", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", "{}", complete, requests);
      instances.incrementAndGet();
    });
    return new Outcome(clients, seconds, instances.get(), start, complete, findTask, counts(errors), requests.sum());
  }

  /** One round of a client (numbered from 0): a refused call throws {@link CallFailed}. */
  interface Round {
    void run(int client) throws Exception;
  }

  /**
   * Runs N clients, each repeating its round until the time is up, and counts the failed rounds by
   * kind (a refused call by its kind, a fault of the client by its exception); returns the seconds
   * the clients ran.
   */
  static double runClients(int clients, Duration duration, String name, Map<String, LongAdder> errors, Round round)
      throws InterruptedException {
    long begin = System.nanoTime();
    long deadline = begin + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      Thread thread = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          try {
            round.run(client);
          } catch (CallFailed e) {
            errors.computeIfAbsent(e.kind, k -> new LongAdder()).increment();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          } catch (Exception e) {
            errors.computeIfAbsent("client:" + e.getClass().getSimpleName(), k -> new LongAdder()).increment();
          }
        }
      }, name + "-" + i);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return (System.nanoTime() - begin) / 1e9;
  }

  static Map<String, Long> counts(Map<String, LongAdder> errors) {
    Map<String, Long> counts = new TreeMap<>();
    errors.forEach((kind, count) -> counts.put(kind, count.sum()));
    return counts;
  }

  private JsonNode call(String auth, String method, String path, String body, LatencyRecorder latency, LongAdder requests)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).header("Authorization", auth)
            .header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    long t0 = System.nanoTime();
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    requests.increment();
    if (response.statusCode() >= 300) {
      throw new CallFailed(classify(response.statusCode(), response.body()));
    }
    latency.record(System.nanoTime() - t0);
    return response.body().isEmpty() ? null : JSON.readTree(response.body());
  }

  /** Kind of a failed call: optimistic locking is told apart from any other server error. */
  static String classify(int status, String body) {
    if (body != null && body.contains("OptimisticLocking")) {
      return "optimistic-locking";
    }
    if (body != null && body.contains("updated by another transaction concurrently")) {
      return "optimistic-locking";
    }
    return "http-" + status;
  }

  static final class CallFailed extends Exception {
    final String kind;

    CallFailed(String kind) {
      super(kind, null, false, false);
      this.kind = kind;
    }
  }
}
