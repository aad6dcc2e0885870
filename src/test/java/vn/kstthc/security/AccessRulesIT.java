package vn.kstthc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Response;
import vn.kstthc.platform.WebappSession;

/**
 * Each security chain through HTTP on the real application (H2): officers, editors and
 * integration clients on /api, the Tasklist session, public pages and their rate limit, and the
 * denial of every other path.
 */
class AccessRulesIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final int BURST = 3;

  @TempDir static Path dataDir;
  static RunningApplication app;

  @BeforeAll
  static void start() {
    app = RunningApplication.start(Map.of(
        "KSTTHC_DATA_DIR", dataDir.toString(),
        "KSTTHC_ADMIN_PASSWORD", "Quan-tri-Quyen-han-2026",
        "camunda.bpm.job-execution.enabled", "false",
        "kstthc.deadlines.scan-enabled", "false",
        "kstthc.public.rate-limit.burst", BURST,
        "kstthc.public.rate-limit.requests-per-minute", 1));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void officersReadTheApiAndAnonymousCallsGet401InVietnamese() {
    Response anonymous = app.rest(null, null).get("/api/tthc");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("message").asText()).startsWith("Chưa đăng nhập");
    // (a wrong password for another user: it locks the account for a few seconds)
    assertThat(app.rest("ct.phuc", "Sai-mat-khau-1!").get("/api/tthc").status()).isEqualTo(401);
    app.rest("qlkh.giang", PASSWORD).get("/api/tthc").expect(200);
    // the call runs as the officer in the engine: the controller reads who calls
    app.rest("qlkh.giang", PASSWORD).get("/api/ho-so-da-khoi-tao").expect(200);
    assertThat(app.rest(null, null).get("/api/khong-co").status()).as("/api is the officers' by default").isEqualTo(401);
  }

  @Test
  void onlyEditorsChangeTheCatalogue() {
    Response officer = app.rest("qlkh.giang", PASSWORD).post("/api/quyet-dinh-cong-bo", "{}");
    assertThat(officer.status()).isEqualTo(403);
    assertThat(officer.json().get("message").asText()).isEqualTo("Chỉ Văn phòng Sở và quản trị viên được thay đổi danh mục TTHC.");
    assertThat(app.rest("vps.an", PASSWORD).post("/api/quyet-dinh-cong-bo", "{").status()).as("past security").isEqualTo(400);
  }

  @Test
  void integrationClientsSubmitPetitionsAndNothingElse() {
    app.rest("tichhop.pakn", PASSWORD).post("/api/pakn", petition("QR-2026-000001")).expect(201);
    Response elsewhere = app.rest("tichhop.pakn", PASSWORD).get("/api/tthc");
    assertThat(elsewhere.status()).isEqualTo(403);
    assertThat(elsewhere.json().get("message").asText()).startsWith("Tài khoản tích hợp chỉ được gửi");

    Response officer = app.rest("vps.an", PASSWORD).post("/api/pakn", petition("QR-2026-000002"));
    assertThat(officer.status()).isEqualTo(403);
    assertThat(officer.json().get("message").asText()).startsWith("Chỉ tài khoản tích hợp");
    assertThat(app.rest(null, null).post("/api/pakn", petition("QR-2026-000002")).status()).isEqualTo(401);
  }

  @Test
  void theTasklistSessionReadsTheApiButCannotWrite() {
    WebappSession tasklist = WebappSession.logIn(app, "tasklist", "vps.an", PASSWORD);
    assertThat(tasklist.get("/api/ho-so-da-khoi-tao").statusCode()).isEqualTo(200);
    assertThat(tasklist.post("/api/quyet-dinh-cong-bo", "{}").statusCode()).isEqualTo(401);
    assertThat(WebappSession.anonymous(app).get("/api/ho-so-da-khoi-tao").statusCode()).isEqualTo(401);
  }

  @Test
  void aWriteToTheApiSentByABrowserForAnotherSiteIsRefused() throws Exception {
    HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/quyet-dinh-cong-bo"))
        .header("Authorization", basic("vps.an", PASSWORD))
        .header("Origin", "https://trang-la.example")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{")));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("liên trang");
  }

  @Test
  void springSecurityOpensNoSessionAndHasNoUserOfItsOwn() throws Exception {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/tthc"))
        .header("Authorization", basic("qlkh.giang", PASSWORD)));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(app.context().getBeanNamesForType(UserDetailsService.class)).isEmpty();
    assertThat(send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/login"))).statusCode())
        .as("no login page").isEqualTo(403);
  }

  @Test
  void everyOtherPathIsDenied() throws Exception {
    for (String path : List.of("/khong-co", "/error", "/webjars/camunda/app/tasklist/index.html", "/actuator/health",
        "/login", "/logout")) {
      HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path)));
      assertThat(answer.statusCode()).as(path).isEqualTo(403);
      assertThat(answer.body()).as(path).contains("Ứng dụng không phục vụ đường dẫn này.");
    }
    // what stays open: the webapps, /engine-rest (its own 401), the actuator's port
    assertThat(send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/camunda/app/tasklist/default/"))).statusCode())
        .isEqualTo(200);
    assertThat(app.rest(null, null).get("/engine-rest/task").status()).isEqualTo(401);
    app.rest("qlkh.giang", PASSWORD).get("/engine-rest/task").expect(200);
  }

  @Test
  void publicPagesAreOpenButRateLimitedPerClient() throws Exception {
    for (int i = 0; i < BURST; i++) {
      HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/public/khong-co")));
      assertThat(page.statusCode()).as("open to anyone (no page there yet)").isEqualTo(404);
    }
    HttpResponse<String> tooMany = send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/public/khong-co")));
    assertThat(tooMany.statusCode()).isEqualTo(429);
    assertThat(tooMany.body()).contains("Bạn đã gửi quá nhiều yêu cầu");
    assertThat(Long.parseLong(tooMany.headers().firstValue("Retry-After").orElseThrow())).isPositive();
    app.rest("qlkh.giang", PASSWORD).get("/api/tthc").expect(200); // other paths are not limited
  }

  static Map<String, Object> petition(String reference) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kenhTiepNhan", "he-thong-pakn");
    body.put("soThamChieu", reference);
    body.put("tieuDe", "Thời hạn cấp giấy phép bưu chính");
    body.put("noiDung", "Đề nghị rút ngắn thời hạn cấp giấy phép bưu chính.");
    body.put("linhVuc", "buu-chinh");
    body.put("nguoiGui", Map.of("hoTen", "Nguyễn Thị Hoa", "email", "hoa.nguyen@example.vn"));
    return body;
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
