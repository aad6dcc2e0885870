package vn.kstthc.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import vn.kstthc.assignment.GiaoViecProcess;

/**
 * Client threads that start "Giao và theo dõi nhiệm vụ" as officer vps.an, as the start form does
 * (its four fields only), again and again until stopped or until the application stops answering.
 * Every start answered 200 is kept by its process instance id: what the application promised.
 */
public final class StartBurst {

  public static final String OFFICER = "vps.an";
  public static final String UNIT = "phong-bcvt-cds";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final String authorization;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
  private final AtomicInteger acknowledgedCount = new AtomicInteger();
  private final LongAdder refused = new LongAdder();
  private final LatencyRecorder latency = new LatencyRecorder();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopped;
  private long begin;

  /** What a burst produced: the ids answered 200, the answers other than 200, start latency. */
  public record Result(List<String> acknowledged, long refused, LatencyRecorder.Summary latency, double seconds) {
    public double startsPerSecond() {
      return acknowledged.size() / seconds;
    }
  }

  public StartBurst(String baseUrl, String password) {
    this.baseUrl = baseUrl;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString((OFFICER + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public void start(int clients) {
    begin = System.nanoTime();
    for (int i = 0; i < clients; i++) {
      Thread thread = new Thread(this::startUntilStopped, "start-burst-" + i);
      threads.add(thread);
      thread.start();
    }
  }

  /** Waits until {@code count} starts were answered 200 (or the timeout passed); false on timeout. */
  public boolean awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (acknowledgedCount.get() < count) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /** Stops the clients (those waiting for an answer first get it, or lose their connection). */
  public Result stop() throws InterruptedException {
    stopped = true;
    for (Thread thread : threads) {
      thread.join();
    }
    return new Result(List.copyOf(acknowledged), refused.sum(), latency.summary(), (System.nanoTime() - begin) / 1e9);
  }

  private void startUntilStopped() {
    while (!stopped) {
      long t0 = System.nanoTime();
      HttpResponse<String> response;
      try {
        response = http.send(startRequest(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException applicationGone) {
        return; // killed: a start without an answer promised nothing
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (response.statusCode() != 200) {
        refused.increment();
        continue;
      }
      latency.record(System.nanoTime() - t0);
      try {
        acknowledged.add(JSON.readTree(response.body()).get("id").asText());
      } catch (IOException e) {
        throw new IllegalStateException("A 200 answer without a process instance id: " + response.body(), e);
      }
      acknowledgedCount.incrementAndGet();
    }
  }

  private HttpRequest startRequest() throws IOException {
    String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString();
    Map<String, Object> variables =
        Map.of(
            GiaoViecProcess.TIEU_DE.name(), Map.of("value", "Nhiệm vụ thử độ bền"),
            GiaoViecProcess.NOI_DUNG.name(), Map.of("value", "Bắt đầu trong lúc ứng dụng bị dừng đột ngột"),
            GiaoViecProcess.DON_VI_CHU_TRI.name(), Map.of("value", UNIT),
            GiaoViecProcess.HAN_HOAN_THANH.name(), Map.of("value", due));
    return HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/process-definition/key/" + GiaoViecProcess.KEY + "/start"))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("variables", variables)), StandardCharsets.UTF_8))
        .build();
  }
}
