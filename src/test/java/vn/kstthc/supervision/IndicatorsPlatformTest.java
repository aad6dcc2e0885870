package vn.kstthc.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.assignment.GiaoViecProcess;
import vn.kstthc.platform.PlatformProcessTest;

/**
 * Indicators against a hand-counted data set (February to April 2025, a period no other test
 * writes in), through REST as the demo officers: a unit reads its own figures, leadership every
 * unit's; a unit asking for another unit is refused.
 *
 * <pre>
 * cong-bo-tthc   Phòng QLKH  02/2025 SOM_HAN, DUNG_HAN; 03/2025 TRE_HAN
 *                Phòng TĐC   03/2025 DUNG_HAN; 03/2025 DA_HUY (not judged); 04/2025 KHONG_HAN (not judged)
 * xu-ly-pakn     Văn phòng   02/2025, 03/2025, 04/2025 DUNG_HAN
 * every unit: công bố 3 of 4 = 75.0% (target 100: not met), by month 100.0, 50.0, none;
 *   PAKN 3 of 3 = 100.0% (met); công khai and quy trình nội bộ: no dossier, no figure
 * Phòng QLKH: công bố 2 of 3 = 66.7%; Phòng TĐC: 1 of 1 = 100.0%
 * </pre>
 */
@PlatformProcessTest
class IndicatorsPlatformTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PERIOD = "tu=2025-02-01&den=2025-04-30";
  static boolean seeded;

  @LocalServerPort int port;
  @Value("${kstthc.organisation.demo-password}") String password;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;

  @BeforeEach
  void seed() {
    if (seeded) {
      return;
    }
    seeded = true;
    dossier("cong-bo-tthc", "phong-quan-ly-khoa-hoc", "2025-02-10", "SOM_HAN");
    dossier("cong-bo-tthc", "phong-quan-ly-khoa-hoc", "2025-02-20", "DUNG_HAN");
    dossier("cong-bo-tthc", "phong-quan-ly-khoa-hoc", "2025-03-05", "TRE_HAN");
    dossier("cong-bo-tthc", "phong-tc-dl-cl", "2025-03-06", "DUNG_HAN");
    dossier("cong-bo-tthc", "phong-tc-dl-cl", "2025-03-07", "DA_HUY");
    dossier("cong-bo-tthc", "phong-tc-dl-cl", "2025-04-07", "KHONG_HAN");
    dossier("xu-ly-pakn", "van-phong-so", "2025-02-11", "DUNG_HAN");
    dossier("xu-ly-pakn", "van-phong-so", "2025-03-11", "DUNG_HAN");
    dossier("xu-ly-pakn", "van-phong-so", "2025-04-11", "DUNG_HAN");
  }

  /** A finished dossier and its first step, whose unit it carries (as OutcomeRecorder stores it). */
  void dossier(String process, String unit, String finishedOn, String status) {
    String id = "chi-tieu-" + UUID.randomUUID();
    Timestamp started = Timestamp.from(at(finishedOn).minusDays(3).toInstant());
    Timestamp finished = Timestamp.from(at(finishedOn).toInstant());
    String insert = "insert into kstthc_deadline_outcome (id, kind, process_instance_id, process_definition_key,"
        + " business_key, activity_id, activity_name, unit_id, officer_id, started_at, due_at, due_kind, finished_at,"
        + " status, working_days_late) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    jdbc.update(insert, id, "INSTANCE", id, process, id, null, process, unit, "vps.an", started, finished, "DAYS",
        finished, status, status.equals("TRE_HAN") ? 1 : 0);
    jdbc.update(insert, id + "-buoc-1", "TASK", id, process, id, "UserTask_Dau", "Bước đầu", unit, null, started,
        started, "DAYS", started, "DUNG_HAN", 0);
  }

  static ZonedDateTime at(String day) {
    return LocalDate.parse(day).atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  HttpResponse<byte[]> get(String user, String path) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + basic).GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> post(String user, String path, Map<String, String> body) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode body(HttpResponse<byte[]> response, int status) throws Exception {
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  JsonNode json(String user, String path) throws Exception {
    HttpResponse<byte[]> response = get(user, path);
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static JsonNode result(JsonNode figures, String code) {
    for (JsonNode result : figures.path("results")) {
      if (result.path("indicator").path("code").asText().equals(code)) {
        return result;
      }
    }
    throw new AssertionError("no indicator " + code);
  }

  @Test
  void leadershipSeesEveryUnitAgainstTheTargets() throws Exception {
    JsonNode figures = json("ld.cuong", "/api/giam-sat/chi-tieu?" + PERIOD);
    assertThat(figures.path("register").path("organisation").asText()).isEqualTo("so-khcn");
    JsonNode publication = result(figures, "cong-bo-tthc-dung-han");
    assertThat(publication.path("count").path("judged").asInt()).isEqualTo(4);
    assertThat(publication.path("actual").asDouble()).isEqualTo(75.0);
    assertThat(publication.path("met").asBoolean()).isFalse();
    assertThat(result(figures, "pakn-dung-han").path("actual").asDouble()).isEqualTo(100.0);
    assertThat(result(figures, "pakn-dung-han").path("met").asBoolean()).isTrue();
    assertThat(result(figures, "cong-khai-tthc-dung-han").path("actual").isNull()).isTrue();
    assertThat(result(figures, "hai-long").path("indicator").path("note").asText()).contains("90%", "100%");

    JsonNode trend = figures.path("trends").get(0);
    assertThat(trend.path("indicator").path("code").asText()).isEqualTo("cong-bo-tthc-dung-han");
    assertThat(trend.path("months").path("2025-02").path("actual").asDouble()).isEqualTo(100.0);
    assertThat(trend.path("months").path("2025-03").path("actual").asDouble()).isEqualTo(50.0);
    assertThat(trend.path("months").path("2025-04").path("actual").isNull()).isTrue();

    JsonNode tdc = json("ld.cuong", "/api/giam-sat/chi-tieu?" + PERIOD + "&donVi=phong-tc-dl-cl");
    assertThat(result(tdc, "cong-bo-tthc-dung-han").path("actual").asDouble()).isEqualTo(100.0);
  }

  @Test
  void aUnitSeesItsOwnFiguresOnly() throws Exception {
    JsonNode own = json("qlkh.giang", "/api/giam-sat/chi-tieu?" + PERIOD);
    assertThat(result(own, "cong-bo-tthc-dung-han").path("actual").asDouble()).isEqualTo(66.7);
    assertThat(result(own, "pakn-dung-han").path("actual").isNull()).as("the Văn phòng's petitions").isTrue();
    assertThat(json("qlkh.giang", "/api/giam-sat/pham-vi").path("giamSat").asBoolean()).isFalse();

    HttpResponse<byte[]> other = get("qlkh.giang", "/api/giam-sat/chi-tieu?" + PERIOD + "&donVi=phong-tc-dl-cl");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(new String(other.body(), StandardCharsets.UTF_8)).contains("Anh/chị chỉ xem được số liệu của đơn vị mình.");
    assertThat(get("qlkh.giang", "/api/giam-sat/sap-tre-han?donVi=phong-tc-dl-cl").statusCode()).isEqualTo(403);
    assertThat(get("qlkh.giang", "/api/giam-sat/chi-tieu.xlsx?donVi=phong-tc-dl-cl").statusCode()).isEqualTo(403);
  }

  @Test
  void theWorkbookHoldsTheSameFigures() throws Exception {
    HttpResponse<byte[]> response = get("ld.cuong", "/api/giam-sat/chi-tieu.xlsx?" + PERIOD);
    assertThat(response.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Row publication = workbook.getSheet("Chỉ tiêu").getRow(2);
      assertThat(publication.getCell(0).getStringCellValue()).isEqualTo("cong-bo-tthc-dung-han");
      assertThat(publication.getCell(4).getNumericCellValue()).isEqualTo(100.0);
      assertThat(publication.getCell(7).getNumericCellValue()).isEqualTo(75.0);
      assertThat(publication.getCell(8).getStringCellValue()).isEqualTo("Chưa đạt");
      Row trend = workbook.getSheet("Theo tháng").getRow(1);
      assertThat(trend.getCell(3).getNumericCellValue()).isEqualTo(50.0);
    }
  }

  @Test
  void openWorkAboutToBeLateIsListedForItsUnitOnly() throws Exception {
    String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
    String instance = runtime.startProcessInstanceByKey(GiaoViecProcess.KEY, Map.of(
        GiaoViecProcess.TIEU_DE.name(), "Nhiệm vụ sắp đến hạn",
        GiaoViecProcess.NOI_DUNG.name(), "Nội dung",
        GiaoViecProcess.DON_VI_CHU_TRI.name(), "phong-tc-dl-cl",
        GiaoViecProcess.HAN_HOAN_THANH.name(), due)).getId();
    try {
      // the dossier carries the unit of its first step from the moment that step is created
      assertThat(jdbc.queryForObject("select unit_id from kstthc_report_case where process_instance_id = ?",
          String.class, instance)).isEqualTo("phong-tc-dl-cl");
      JsonNode unit = json("tdc.minh", "/api/giam-sat/sap-tre-han?ngayLamViec=5");
      assertThat(unit.findValuesAsText("processInstanceId")).contains(instance);
      JsonNode other = json("qlkh.giang", "/api/giam-sat/sap-tre-han?ngayLamViec=5");
      assertThat(other.findValuesAsText("processInstanceId")).doesNotContain(instance);
    } finally {
      runtime.deleteProcessInstance(instance, "kiểm thử");
    }
  }

  /**
   * An indicator entered by hand (van-ban-toan-trinh, target 90%): the Văn phòng gives the first
   * quarter's value, the page shows it as the actual; giving it again is a correction, refused
   * without a reason; nothing is overwritten. A unit's officer cannot enter one; each wrong field
   * is named in Vietnamese.
   */
  @Test
  void theVanPhongEntersAnIndicatorByHandAndCorrectsItWithAReason() throws Exception {
    String path = "/api/giam-sat/chi-tieu/van-ban-toan-trinh/gia-tri";
    Map<String, String> first = Map.of("tuNgay", "2025-01-01", "denNgay", "2025-03-31", "giaTri", "88,5");
    assertThat(post("qlkh.giang", path, first).statusCode()).isEqualTo(403);
    JsonNode wrong = body(post("vps.an", path, Map.of("tuNgay", "01/01/2025", "denNgay", "2025-03-31", "giaTri", "105",
        "donVi", "phong-khong-co")), 400);
    assertThat(wrong.path("truong").path("tuNgay").asText()).contains("năm-tháng-ngày");
    assertThat(wrong.path("truong").path("giaTri").asText()).contains("từ 0 đến 100");
    assertThat(wrong.path("truong").path("donVi").asText()).contains("không có trong tổ chức");
    assertThat(body(post("vps.an", "/api/giam-sat/chi-tieu/cong-bo-tthc-dung-han/gia-tri", first), 400)
        .path("truong").path("ma").asText()).isEqualTo("Chỉ tiêu 'cong-bo-tthc-dung-han' không nhập tay (nguồn: Tính từ dữ liệu của hệ thống).");

    JsonNode given = body(post("vps.an", path, first), 201);
    assertThat(given.path("version").asInt()).isEqualTo(1);
    assertThat(given.path("enteredBy").asText()).isEqualTo("vps.an");
    JsonNode shown = result(json("ld.cuong", "/api/giam-sat/chi-tieu?" + PERIOD), "van-ban-toan-trinh");
    assertThat(shown.path("actual").asDouble()).isEqualTo(88.5);
    assertThat(shown.path("met").asBoolean()).as("under 90").isFalse();

    assertThat(body(post("vps.an", path, Map.of("tuNgay", "2025-01-01", "denNgay", "2025-03-31", "giaTri", "92")), 400)
        .path("truong").path("lyDo").asText()).contains("Đã có giá trị 88.50", "cần lý do");
    JsonNode corrected = body(post("ld.cuong", path, Map.of("tuNgay", "2025-01-01", "denNgay", "2025-03-31", "giaTri", "92",
        "lyDo", "Hệ thống quản lý văn bản cập nhật số liệu quý I ngày 05/4")), 201);
    assertThat(corrected.path("version").asInt()).isEqualTo(2);
    shown = result(json("ld.cuong", "/api/giam-sat/chi-tieu?" + PERIOD), "van-ban-toan-trinh");
    assertThat(shown.path("actual").asDouble()).isEqualTo(92.0);
    assertThat(shown.path("met").asBoolean()).isTrue();
    assertThat(shown.path("entry").path("enteredBy").asText()).isEqualTo("ld.cuong");

    JsonNode history = json("qlkh.giang", path);
    assertThat(history).extracting(e -> e.path("value").asText() + " " + e.path("enteredBy").asText() + " "
            + e.path("correctionReason").asText())
        .containsExactly("88.5 vps.an null", "92.0 ld.cuong Hệ thống quản lý văn bản cập nhật số liệu quý I ngày 05/4");
  }
}
