package vn.kstthc.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;
import vn.kstthc.reporting.NamedQueries;
import vn.kstthc.reporting.ReportScope;
import vn.kstthc.reporting.ReportingTestSupport;

/**
 * /api/bao-cao on PostgreSQL as the demo officers: a unit imports its one-stop export and enters a
 * dossier by hand, reads its form II.05a and the dossiers behind a figure, and is refused another
 * unit's; the Văn phòng reads every unit's, also as XLSX; the form and a signed report as PDF, a
 * signed one with its frozen figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportApiIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final String Q4 = "loai=kstthc-quy&ngay=2026-10-01";
  static final String CSV = """
      Mã hồ sơ,Lĩnh vực,Cấp thực hiện,Hình thức nộp,Ngày tiếp nhận,Hạn trả kết quả,Ngày kết thúc,Tình trạng
      QLKH-1,Sở hữu trí tuệ,Tỉnh,Trực tuyến,01/10/2026,09/10/2026,10/10/2026,Đã giải quyết
      QLKH-2,Sở hữu trí tuệ,Tỉnh,Trực tiếp,02/10/2026,12/10/2026,09/10/2026,Đã giải quyết
      QLKH-3,Sở hữu trí tuệ,Tỉnh,Bưu chính,01/12/2026,20/12/2026,,Tạm dừng
      """;

  static Map<String, Object> database;
  static RunningApplication app;
  static Rest giang;
  static Rest minh;
  static Rest an;

  @BeforeAll
  static void start() {
    database = TestPostgres.newDatabase("kstthc_report_api");
    Map<String, Object> properties = new HashMap<>(database);
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    app = RunningApplication.start(properties, "postgres");
    giang = app.rest("qlkh.giang", PASSWORD);
    minh = app.rest("tdc.minh", PASSWORD);
    an = app.rest("vps.an", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  @Order(1)
  void aUnitImportsItsExportAndEntersADossierByHand() throws Exception {
    HttpResponse<String> imported = upload("qlkh.giang", "phong-quan-ly-khoa-hoc", "hoso.csv", CSV);
    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(imported.body()).contains("\"soHoSo\":3");

    HttpResponse<String> wrong = upload("qlkh.giang", "phong-quan-ly-khoa-hoc", "hoso.csv",
        CSV + "QLKH-4,Sở hữu trí tuệ,Tỉnh,Fax,01/10/2026,09/10/2026,,Đang giải quyết\n");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("Dòng 5: 'hình thức nộp' không hợp lệ: 'Fax'.");

    HttpResponse<String> elsewhere = upload("qlkh.giang", "phong-tc-dl-cl", "hoso.csv", CSV);
    assertThat(elsewhere.statusCode()).isEqualTo(403);
    assertThat(elsewhere.body()).contains("Bạn không được nhập hồ sơ cho Phòng Tiêu chuẩn Đo lường Chất lượng.");

    minh.post("/api/bao-cao/ho-so?donVi=phong-tc-dl-cl", Map.of("Mã hồ sơ", "TDC-1", "Lĩnh vực", "Đo lường",
        "Cấp thực hiện", "tỉnh", "Hình thức nộp", "trực tuyến", "Ngày tiếp nhận", "2026-11-02",
        "Hạn trả kết quả", "2026-11-06", "Ngày kết thúc", "2026-11-06", "Tình trạng", "đã giải quyết")).expect(200);
  }

  @Test
  @Order(2)
  void aUnitReadsItsFormAndTheDossiersBehindAFigure() {
    JsonNode form = giang.get("/api/bao-cao/bieu/II.05a?" + Q4).expect(200).json();
    JsonNode total = form.get("soLieu").get("total").get("cells");
    assertThat(total.get("nhan-tong").asLong()).isEqualTo(3);
    assertThat(total.get("qua-han").asLong()).isEqualTo(1);
    assertThat(total.get("dang-qua-han").asLong()).isZero();
    assertThat(form.get("soLieu").get("period").get("first").asText()).isEqualTo("2026-09-15");
    assertThat(form.get("soLieu").get("identityFailures")).isEmpty();
    assertThat(form.get("bieu").get("columns")).hasSize(11);

    JsonNode late = giang.get("/api/bao-cao/bieu/II.05a/o/qua-han?" + Q4).expect(200).json();
    assertThat(late).hasSize(1);
    assertThat(late.get(0).get("caseNumber").asText()).isEqualTo("QLKH-1");
  }

  @Test
  @Order(3)
  void anotherUnitsDrillDownIsRefusedInVietnamese() {
    RunningApplication.Response refused = giang.get("/api/bao-cao/bieu/II.05a/o/nhan-tong?" + Q4 + "&donVi=phong-tc-dl-cl");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("message").asText()).isEqualTo("Bạn không được xem số liệu của Phòng Tiêu chuẩn Đo"
        + " lường Chất lượng: mỗi đơn vị chỉ xem số liệu của mình; Văn phòng Sở và Lãnh đạo Sở xem được mọi đơn vị.");
    assertThat(giang.get("/api/bao-cao/bieu/II.05a?" + Q4 + "&donVi=phong-tc-dl-cl").status()).isEqualTo(403);
    assertThat(app.rest(null, null).get("/api/bao-cao/bieu/II.05a?" + Q4).status()).isEqualTo(401);
  }

  @Test
  @Order(4)
  void theOfficeReadsEveryUnitAlsoAsXlsx() throws Exception {
    JsonNode other = an.get("/api/bao-cao/bieu/II.05a/o/dung-han?" + Q4 + "&donVi=phong-tc-dl-cl").expect(200).json();
    assertThat(other.get(0).get("caseNumber").asText()).isEqualTo("TDC-1");
    JsonNode all = an.get("/api/bao-cao/bieu/II.05a?" + Q4).expect(200).json();
    assertThat(all.get("soLieu").get("total").get("cells").get("nhan-tong").asLong()).isEqualTo(4);

    HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/bao-cao/bieu/II.05a/xlsx?" + Q4))
            .header("Authorization", basic("vps.an")).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      DataFormatter cells = new DataFormatter();
      assertThat(cells.formatCellValue(sheet.getRow(2).getCell(2))).isEqualTo("Đơn vị báo cáo: Toàn Sở");
      int last = sheet.getLastRowNum();
      assertThat(cells.formatCellValue(sheet.getRow(last).getCell(1))).isEqualTo("Tổng số");
      assertThat(cells.formatCellValue(sheet.getRow(last).getCell(2))).isEqualTo("4");
    }
    assertThat(an.get("/api/bao-cao/loai").expect(200).json()).extracting(t -> t.get("loai").get("id").asText())
        .contains("kstthc-quy", "kstthc-nam", "cchc-thang", "nguoi-dung-dau-6-thang");
  }

  @Test
  @Order(5)
  void aUnitPrintsItsFormAndNotAnotherUnits() throws Exception {
    HttpResponse<byte[]> own = download("qlkh.giang", "/api/bao-cao/bieu/II.05a/pdf?" + Q4);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String text = text(own.body());
    assertThat(text).contains("Đơn vị báo cáo: Phòng Quản lý khoa học", "1 Sở hữu trí tuệ 3 1 2 0 2 1 0 1 1 1 0",
        "Tổng số 3 1 2 0 2 1 0 1 1 1 0", "chưa ký");

    HttpResponse<byte[]> other = download("qlkh.giang", "/api/bao-cao/bieu/II.05a/pdf?" + Q4 + "&donVi=phong-tc-dl-cl");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(new String(other.body(), StandardCharsets.UTF_8)).contains("Bạn không được xem số liệu của Phòng Tiêu chuẩn");
  }

  @Test
  @Order(6)
  void aSignedReportPrintsAsSignedAfterTheDataChange() throws Exception {
    DataSource dataSource = new DriverManagerDataSource((String) database.get("KSTTHC_DB_URL"),
        (String) database.get("KSTTHC_DB_USER"), (String) database.get("KSTTHC_DB_PASSWORD"));
    NamedQueries queries = ReportingTestSupport.namedQueries(dataSource);
    FormTemplate template = FormTemplates.fromClasspath(queries.names()).template("II.05a").orElseThrow();
    ReportPeriod q4 = new ReportPeriod("kstthc-quy", LocalDate.parse("2026-09-15"), LocalDate.parse("2026-12-14"),
        null, null);
    String id = new ReportSnapshots(new JdbcTemplate(dataSource), new FormFigures(queries))
        .freeze(template, ReportScope.ofUnits(Set.of("phong-tc-dl-cl")), q4, "tdc.minh",
            Instant.parse("2026-12-20T03:05:00Z")).id();
    // after the signature, a dossier of the period is entered: today's figures change, the signed ones not
    minh.post("/api/bao-cao/ho-so?donVi=phong-tc-dl-cl", Map.of("Mã hồ sơ", "TDC-2", "Lĩnh vực", "Đo lường",
        "Cấp thực hiện", "tỉnh", "Hình thức nộp", "trực tiếp", "Ngày tiếp nhận", "2026-11-03",
        "Hạn trả kết quả", "2026-11-09", "Ngày kết thúc", "2026-11-04", "Tình trạng", "đã giải quyết")).expect(200);
    assertThat(text(download("tdc.minh", "/api/bao-cao/bieu/II.05a/pdf?" + Q4).body()))
        .contains("Tổng số 2 1 1 0 2 1 1 0 0 0 0");

    HttpResponse<byte[]> signed = download("vps.an", "/api/bao-cao/da-ky/" + id + "/pdf");
    assertThat(signed.statusCode()).isEqualTo(200);
    String text = text(signed.body());
    assertThat(text).contains("Đơn vị báo cáo: Phòng Tiêu chuẩn Đo lường Chất lượng", "1 Đo lường 1 1 0 0 1 0 1 0 0 0 0",
        "Tổng số 1 1 0 0 1 0 1 0 0 0 0", "Đã ký bởi Đỗ Văn Minh (tdc.minh) lúc 10:05 ngày 20/12/2026");
    assertThat(download("tdc.minh", "/api/bao-cao/da-ky/" + id + "/pdf").statusCode()).isEqualTo(200);

    HttpResponse<byte[]> refused = download("qlkh.giang", "/api/bao-cao/da-ky/" + id + "/pdf");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(new String(refused.body(), StandardCharsets.UTF_8))
        .contains("Bạn không được xem báo cáo đã ký của Phòng Tiêu chuẩn Đo lường Chất lượng");
    assertThat(download("vps.an", "/api/bao-cao/da-ky/khong-co/pdf").statusCode()).isEqualTo(404);

    // signed with an earlier version of the form: today's layout is not put over its figures
    FormTemplate earlier = new FormTemplate(template.id(), template.version() - 1, template.code(), template.title(),
        template.unitOfMeasure(), template.rowHeading(), template.columns(), template.identities(), template.window());
    String old = new ReportSnapshots(new JdbcTemplate(dataSource), new FormFigures(queries))
        .freeze(earlier, ReportScope.ofUnits(Set.of("phong-tc-dl-cl")), q4, "tdc.minh", Instant.parse("2026-12-20T03:05:00Z")).id();
    HttpResponse<byte[]> outdated = download("vps.an", "/api/bao-cao/da-ky/" + old + "/pdf");
    assertThat(outdated.statusCode()).isEqualTo(409);
    assertThat(new String(outdated.body(), StandardCharsets.UTF_8)).contains("Báo cáo đã ký " + old + " theo biểu II.05a phiên bản "
        + (template.version() - 1) + ", nay biểu là phiên bản " + template.version());
  }

  private static HttpResponse<byte[]> download(String user, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
        .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The PDF's text, line by line as printed, each checked NFC. */
  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(document);
      assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
      return text;
    }
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> upload(String user, String unit, String fileName, String content)
      throws Exception {
    String boundary = "----bao-cao" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/bao-cao/ho-so/nhap?donVi=" + unit))
        .header("Authorization", basic(user))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
