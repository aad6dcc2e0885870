package vn.kstthc.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import vn.kstthc.benchmark.fault.PetitionLoad;

/**
 * The whole petition procedure walked ({@code BENCH_WORKLOAD=pakn-walk}): each of N clients
 * submits a petition as the portal's integration account, then acts as the demo officers of each
 * step in turn (the office classifies it, the unit of the decision table drafts the answer, the
 * leadership approves it, the office records the postal dispatch and the national system), each
 * step as Tasklist does it: the task found, its form submitted with the fields the officer fills
 * in. An instance is a petition walked to its end (the last step's 204: the case is published and
 * closed in that transaction). Errors are counted by kind and end the walk, never retried away.
 */
public final class PetitionWalk {

  static final String PASSWORD = "Kstthc@2026!";
  static final String INTAKE = "tiep-nhan";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One officer's step: the task's definition key, the form it shows (forms/xu-ly-pakn/), the demo
   * officers who may do it (client i acts as the i-th, round robin) and what they fill in.
   */
  record Step(String form, String taskKey, List<String> officers, Map<String, Object> fields) {}

  /** The answer sent by post: an answer by e-mail would wait for the mail server in a job. */
  static final List<Step> STEPS = List.of(
      new Step("phan-loai", "UserTask_ClassifyPetition", List.of("vps.an", "vps.binh"),
          fields("phanLoai", "xu-ly", "doiDonVi", false)),
      new Step("du-thao", "UserTask_DraftAnswer", List.of("cds.lan", "cds.hung"),
          fields("ketQuaXacMinh", "Thời hạn theo Nghị định 47/2011/NĐ-CP.",
              "duThaoTraLoi", "Sở đã kiến nghị Bộ rút ngắn thời hạn.", "hinhThucTraLoi", "buu-chinh", "canLayYKien", false)),
      new Step("phe-duyet", "UserTask_ApproveAnswer", List.of("ld.cuong", "ld.dung"), fields("pheDuyet", "duyet")),
      new Step("gui-buu-chinh", "UserTask_RecordPostalDispatch", List.of("vps.an", "vps.binh"),
          fields("soVanBanTraLoi", "123/SKHCN-VP", "ngayGuiBuuChinh", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString())),
      new Step("he-thong-quoc-gia", "UserTask_RecordNationalSystem", List.of("vps.an", "vps.binh"),
          fields("maTrenHeThong", "PAKN-2026-77", "tomTatCongKhai", "Kiến nghị rút ngắn thời hạn cấp giấy phép bưu chính.",
              "daCapNhatHeThong", true)));

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicLong sequence = new AtomicLong();

  public PetitionWalk(String baseUrl) {
    if (!baseUrl.startsWith("http://127.0.0.1")) {
      throw new IllegalArgumentException("The benchmark only talks to this machine: " + baseUrl);
    }
    this.baseUrl = baseUrl;
  }

  /** The intake's latency is the start's, finding a task the find's; each step's submission its own. */
  public Workload.Outcome run(int clients, Duration duration) throws InterruptedException {
    LatencyRecorder intake = new LatencyRecorder();
    LatencyRecorder find = new LatencyRecorder();
    Map<String, LatencyRecorder> steps = new LinkedHashMap<>();
    STEPS.forEach(step -> steps.put(step.form(), new LatencyRecorder()));
    Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    AtomicLong walked = new AtomicLong();
    LongAdder requests = new LongAdder();
    String run = Long.toString(System.currentTimeMillis(), 36);
    double seconds = Workload.runClients(clients, duration, "benchmark-walk-client", errors, client -> {
      String reference = "walk-" + run + "-" + sequence.incrementAndGet();
      JsonNode created = call(auth(PetitionWorkload.CLIENT, PetitionWorkload.PASSWORD), "POST", "/api/pakn",
          PetitionLoad.body(reference), 201, intake, requests);
      String caseNumber = created.get("maSoHoSo").asText();
      for (Step step : STEPS) {
        String officer = auth(step.officers().get(client % step.officers().size()), PASSWORD);
        JsonNode tasks = call(officer, "GET", "/engine-rest/task?processInstanceBusinessKey="
            + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + step.taskKey(), null, 200,
            find, requests);
        if (tasks.size() != 1) {
          throw new Workload.CallFailed("task-not-found:" + step.form());
        }
        call(officer, "POST", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form",
            submission(step.fields()), 204, steps.get(step.form()), requests);
      }
      walked.incrementAndGet();
    });
    return new Workload.Outcome(clients, seconds, walked.get(), intake, new LatencyRecorder(), find,
        Workload.counts(errors), requests.sum(), steps);
  }

  /** A form's submission as Tasklist sends it: {@code {"variables": {"name": {"value": ...}}}}. */
  static String submission(Map<String, Object> fields) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return JSON.writeValueAsString(Map.of("variables", variables));
  }

  private static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  private static String auth(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode call(String auth, String method, String path, String body, int expected, LatencyRecorder latency,
      LongAdder requests) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", auth).header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    long t0 = System.nanoTime();
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    requests.increment();
    if (response.statusCode() != expected) {
      throw new Workload.CallFailed(Workload.classify(response.statusCode(), response.body()));
    }
    latency.record(System.nanoTime() - t0);
    return response.body().isEmpty() ? null : JSON.readTree(response.body());
  }
}
