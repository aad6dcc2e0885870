package vn.kstthc.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import vn.kstthc.benchmark.fault.PetitionLoad;

/**
 * The machine intake measured ({@code BENCH_WORKLOAD=pakn}): N clients, each the province
 * portal's integration account, submit petitions to {@code POST /api/pakn}, one after another, for
 * a fixed time; every acknowledged petition (201) is a dossier started, with its case number, its
 * first task and the unit's notifications. Each petition has its own sender reference, so none is
 * a duplicate; errors are counted by kind, never retried away.
 */
public final class PetitionWorkload {

  static final String CLIENT = "tichhop.pakn";
  static final String PASSWORD = "Kstthc@2026!";

  private final String baseUrl;
  private final String authorization =
      "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicLong sequence = new AtomicLong();

  public PetitionWorkload(String baseUrl) {
    if (!baseUrl.startsWith("http://127.0.0.1")) {
      throw new IllegalArgumentException("The benchmark only talks to this machine: " + baseUrl);
    }
    this.baseUrl = baseUrl;
  }

  /** The intake's latency is reported as the start's; nothing is found or completed. */
  public Workload.Outcome run(int clients, Duration duration) throws InterruptedException {
    LatencyRecorder intake = new LatencyRecorder();
    Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    AtomicLong petitions = new AtomicLong();
    LongAdder requests = new LongAdder();
    String run = Long.toString(System.currentTimeMillis(), 36);
    double seconds = Workload.runClients(clients, duration, "benchmark-petition-client", errors, client -> {
      String reference = "bench-" + run + "-" + sequence.incrementAndGet();
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/pakn"))
          .timeout(Duration.ofSeconds(30))
          .header("Authorization", authorization)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(PetitionLoad.body(reference), StandardCharsets.UTF_8))
          .build();
      long t0 = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      requests.increment();
      if (response.statusCode() != 201) {
        throw new Workload.CallFailed(Workload.classify(response.statusCode(), response.body()));
      }
      intake.record(System.nanoTime() - t0);
      petitions.incrementAndGet();
    });
    return new Workload.Outcome(clients, seconds, petitions.get(), intake, new LatencyRecorder(), new LatencyRecorder(),
        Workload.counts(errors), requests.sum());
  }
}
