package vn.kstthc.benchmark.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Integration clients of {@code POST /api/pakn} on 127.0.0.1: N threads submit petitions
 * {@code <prefix>-<i>} at a fixed total rate, each as a well-behaved client would: an answer that is
 * not 2xx (5xx, refused connection, timeout) is retried after a pause with the <em>same</em> sender
 * reference, until acknowledged, so a retry of a petition that had in fact been stored gets
 * {@code 200 trungLap} and the first case number, never a second case.
 */
public final class PetitionLoad {

  static final String CLIENT = "tichhop.pakn";
  static final String PASSWORD = "Kstthc@2026!";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One acknowledged petition: its case, the answer's status, how many tries it took. */
  public record Ack(String reference, String caseNumber, int status, int tries, long atMillis) {}

  private final String baseUrl;
  private final String authorization =
      "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).version(HttpClient.Version.HTTP_1_1).build();

  final Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
  final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
  /** Milliseconds (since the load began) of every failed try and of every acknowledgement. */
  final ConcurrentSkipListSet<Long> failedAt = new ConcurrentSkipListSet<>();
  final LongAdder serverErrors = new LongAdder();
  private volatile long t0;

  public PetitionLoad(String baseUrl) {
    if (!baseUrl.startsWith("http://127.0.0.1")) {
      throw new IllegalArgumentException("The fault suite only talks to this machine: " + baseUrl);
    }
    this.baseUrl = baseUrl;
  }

  /**
   * Submits {@code count} petitions at {@code perSecond} with {@code clients} threads; returns when
   * every one is acknowledged or {@code giveUp} has passed since the start.
   */
  public void run(String prefix, int count, double perSecond, int clients, Duration giveUp) throws InterruptedException {
    t0 = System.currentTimeMillis();
    long deadline = t0 + giveUp.toMillis();
    AtomicInteger next = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread thread = new Thread(() -> {
        int i;
        while ((i = next.getAndIncrement()) < count) {
          long due = t0 + (long) (i * 1000 / perSecond);
          sleepUntil(due);
          submitUntilAcknowledged(prefix + "-" + i, deadline);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  /** The same petition sent once, as it is: the answer's status and case number (null if none). */
  public Ack submitOnce(String reference) {
    try {
      HttpResponse<String> response = post(reference);
      String caseNumber = response.statusCode() / 100 == 2 ? JSON.readTree(response.body()).path("maSoHoSo").asText() : null;
      return new Ack(reference, caseNumber, response.statusCode(), 1, System.currentTimeMillis());
    } catch (IOException e) {
      return new Ack(reference, null, -1, 1, System.currentTimeMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Ack(reference, null, -1, 1, System.currentTimeMillis());
    }
  }

  private void submitUntilAcknowledged(String reference, long deadline) {
    int tries = 0;
    while (System.currentTimeMillis() < deadline) {
      tries++;
      String failure;
      try {
        HttpResponse<String> response = post(reference);
        int status = response.statusCode();
        if (status == 200 || status == 201) {
          JsonNode body = JSON.readTree(response.body());
          acknowledged.put(reference, new Ack(reference, body.path("maSoHoSo").asText(), status, tries,
              System.currentTimeMillis() - t0));
          return;
        }
        if (status >= 500) {
          serverErrors.increment();
        }
        failure = "HTTP " + status;
      } catch (IOException e) {
        failure = e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      failures.computeIfAbsent(failure, k -> new LongAdder()).increment();
      failedAt.add(System.currentTimeMillis() - t0);
      // a pause that grows, so clients do not hammer a node that is starting again
      sleepUntil(System.currentTimeMillis() + Math.min(2000, 250L * tries));
    }
  }

  private HttpResponse<String> post(String reference) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/pakn"))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body(reference), StandardCharsets.UTF_8))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A petition as the fault suite's clients send it, with its own sender reference (also the benchmark's). */
  public static String body(String reference) {
    return """
        {"kenhTiepNhan": "he-thong-pakn", "soThamChieu": "%s",
         "tieuDe": "Thời hạn cấp giấy phép bưu chính", "noiDung": "Đề nghị rút ngắn thời hạn cấp giấy phép bưu chính.",
         "linhVuc": "buu-chinh",
         "nguoiGui": {"hoTen": "Nguyễn Thị Hoa", "diaChi": "12 Lê Lợi", "dienThoai": "0905 123 456",
                      "email": "hoa.nguyen@example.vn"}}
        """.formatted(reference);
  }

  /** Acknowledgements answered 200 (the petition had been stored by an earlier try). */
  long acknowledgedAsDuplicate() {
    return acknowledged.values().stream().filter(a -> a.status() == 200).count();
  }

  /** Seconds from the first failed try to the last one (the outage as the clients saw it). */
  double outageSeconds() {
    return failedAt.isEmpty() ? 0 : (failedAt.last() - failedAt.first()) / 1000.0;
  }

  Map<String, Long> failuresByKind() {
    Map<String, Long> out = new java.util.TreeMap<>();
    failures.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  private static void sleepUntil(long millis) {
    long wait = millis - System.currentTimeMillis();
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
