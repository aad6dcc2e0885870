package vn.kstthc.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * The TTHC catalogue on PostgreSQL with the demo organisation: its sample, the import (CSV, XLSX,
 * every kind of row error, re-import), publication decisions, and the /api rights.
 */
class CatalogueIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final int SAMPLE_SIZE = 26;
  static final String HEADER =
      "Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Đơn vị chủ trì,Thời hạn giải quyết,Đơn vị thời hạn,Một cửa,Dịch vụ công trực tuyến\n";

  static RunningApplication app;
  static CatalogueService catalogue;
  static Rest officer;

  @BeforeAll
  static void start() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_catalogue"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    app = RunningApplication.start(properties, "postgres");
    catalogue = app.bean(CatalogueService.class);
    officer = app.rest("qlkh.giang", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void officersReadTheSampleWithFiltersAndAnonymousCallsAreRefused() {
    JsonNode all = officer.get("/api/tthc?size=200").expect(200).json();
    assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(SAMPLE_SIZE);
    JsonNode postal = officer.get("/api/tthc?field=B%C6%B0u%20ch%C3%ADnh&unit=phong-bcvt-cds").expect(200).json();
    assertThat(postal.get("total").asLong()).isEqualTo(3);
    JsonNode xray = officer.get("/api/tthc?q=X-QUANG&state=c%C3%B2n%20hi%E1%BB%87u%20l%E1%BB%B1c&level=TINH").expect(200).json();
    assertThat(xray.get("items")).extracting(i -> i.get("code").asText()).contains("2.002131");
    assertThat(officer.get("/api/tthc?level=huyen").expect(400).json().get("errors").get(0).get("message").asText())
        .contains("'tỉnh', 'xã'");
    assertThat(officer.get("/api/tthc/9.999999").expect(404).json().get("message").asText())
        .isEqualTo("Không có TTHC mã 9.999999 trong danh mục.");

    RunningApplication.Response anonymous = app.rest(null, null).get("/api/tthc");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("message").asText()).startsWith("Chưa đăng nhập");
    assertThat(app.rest("qlkh.giang", "sai-mat-khau").get("/api/tthc/2.002131").status()).isEqualTo(401);
    assertThat(app.rest(null, null).get("/api/khong-co").status()).isEqualTo(401);
  }

  @Test
  void theOfficeImportsCsvOnceAndAnOfficerCannot() throws Exception {
    String csv = "\uFEFF" + HEADER.replace(',', ';')
        + "1.100001;Thủ tục thử nghiệm một;Hoạt động khoa học và công nghệ;tỉnh;phong-quan-ly-khoa-hoc;15;ngày làm việc;Có;toàn trình\n"
        + "2.100002;\"Thủ tục thử; có dấu chấm phẩy\";Hoạt động khoa học và công nghệ;xã;phong-quan-ly-khoa-hoc;0,5;ngày;Không;\n";
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);

    assertThat(upload("qlkh.giang", "thu.csv", file).statusCode()).isEqualTo(403);
    assertThat(catalogue.find("1.100001")).isEmpty();

    HttpResponse<String> first = upload("vps.an", "thu.csv", file);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(json(first.body()).get("created").asInt()).isEqualTo(2);
    Tthc second = catalogue.find("2.100002").orElseThrow();
    assertThat(second.name()).isEqualTo("Thủ tục thử; có dấu chấm phẩy");
    assertThat(second.resolutionTime()).isEqualTo(0.5);
    assertThat(second.level()).isEqualTo(TthcLevel.XA);
    assertThat(second.onlineService()).isEqualTo(OnlineService.KHONG);

    JsonNode again = json(upload("vps.an", "thu.csv", file).body());
    assertThat(again.get("unchanged").asInt()).isEqualTo(2);
    assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
    JsonNode details = officer.get("/api/tthc/1.100001").expect(200).json();
    assertThat(details.get("history")).hasSize(1);
    assertThat(details.get("history").get(0).get("actor").asText()).isEqualTo("vps.an");
  }

  @Test
  void anXlsxFileWithDecomposedTextIsImportedInNfc() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("TTHC");
      String[] header = HEADER.strip().split(",");
      String[] row = {"1.100003", "Thu\u0309 tục cấp phép thử", "Chuyển giao công nghệ", "Tỉnh", "phong-quan-ly-khoa-hoc", "", "", "có", "một phần"};
      var headerRow = sheet.createRow(0);
      var dataRow = sheet.createRow(1);
      for (int c = 0; c < header.length; c++) {
        headerRow.createCell(c).setCellValue(header[c]);
        dataRow.createCell(c).setCellValue(row[c]);
      }
      workbook.write(out);
    }
    assertThat(catalogue.importFile("thu.xlsx", out.toByteArray(), "vps.an").created()).isEqualTo(1);
    Tthc tthc = catalogue.find("1.100003").orElseThrow();
    assertThat(tthc.name()).isEqualTo("Thủ tục cấp phép thử");
    assertThat(tthc.oneStop()).isTrue();
    assertThat(tthc.onlineService()).isEqualTo(OnlineService.MOT_PHAN);
  }

  @Test
  void aFileWithAnyWrongRowImportsNothing() throws Exception {
    String good = "1.100010,Thủ tục đúng,Sở hữu trí tuệ,tỉnh,phong-quan-ly-khoa-hoc,10,ngày làm việc,Có,toàn trình\n";
    Map<String, String> rows = Map.of(
        "1.10011,Sai mã,Sở hữu trí tuệ,tỉnh,phong-quan-ly-khoa-hoc,10,ngày làm việc,Có,\n",
        "Dòng 3, cột 'Mã TTHC': '1.10011' không phải mã TTHC",
        "1.100012,,Sở hữu trí tuệ,tỉnh,phong-quan-ly-khoa-hoc,10,ngày làm việc,Có,\n",
        "Dòng 3, cột 'Tên TTHC': không được để trống.",
        "1.100013,Sai cấp,Sở hữu trí tuệ,huyện,phong-quan-ly-khoa-hoc,10,ngày làm việc,Có,\n",
        "Dòng 3, cột 'Cấp thực hiện': 'huyện' không hợp lệ",
        "1.100014,Sai đơn vị,Sở hữu trí tuệ,tỉnh,phong-khong-co,10,ngày làm việc,Có,\n",
        "Dòng 3, cột 'Đơn vị chủ trì': không có đơn vị 'phong-khong-co'",
        "1.100015,Sai số,Sở hữu trí tuệ,tỉnh,phong-quan-ly-khoa-hoc,mười,ngày làm việc,Có,\n",
        "Dòng 3, cột 'Thời hạn giải quyết': 'mười' không phải số dương",
        "1.100016,Sai có không,Sở hữu trí tuệ,tỉnh,phong-quan-ly-khoa-hoc,10,ngày làm việc,x,\n",
        "Dòng 3, cột 'Một cửa': 'x' không hợp lệ",
        "1.100010,Trùng mã,Sở hữu trí tuệ,tỉnh,phong-quan-ly-khoa-hoc,10,ngày làm việc,Có,\n",
        "Dòng 3, cột 'Mã TTHC': mã '1.100010' đã có ở dòng 2.");
    rows.forEach((bad, expected) ->
        assertThatThrownBy(() -> catalogue.importFile("loi.csv", (HEADER + good + bad).getBytes(StandardCharsets.UTF_8), "vps.an"))
            .isInstanceOfSatisfying(CatalogueException.class,
                e -> assertThat(e.problems()).singleElement().asString().startsWith(expected)));
    assertThatThrownBy(() -> catalogue.importFile("loi.csv",
            ("Mã TTHC,Tên TTHC\n" + "1.100017,Thiếu cột\n").getBytes(StandardCharsets.UTF_8), "vps.an"))
        .isInstanceOfSatisfying(CatalogueException.class,
            e -> assertThat(e.problems()).first().asString().isEqualTo("Dòng 1, cột 'Lĩnh vực': thiếu cột bắt buộc này."));
    byte[] latin1 = (HEADER + good).getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> catalogue.importFile("loi.csv", latin1, "vps.an"))
        .hasMessageStartingWith("Tệp CSV không phải UTF-8");
    assertThat(catalogue.find("1.100010")).isEmpty();

    HttpResponse<String> refused = upload("vps.an", "loi.csv",
        (HEADER + good + "1.100018,Sai ngày,Sở hữu trí tuệ,tỉnh,phong-quan-ly-khoa-hoc,10,giờ,Có,\n").getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode error = json(refused.body()).get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(error.get("column").asText()).isEqualTo("Đơn vị thời hạn");
    assertThat(catalogue.find("1.100010")).isEmpty();
  }

  @Test
  void aDecisionAddsAmendsAndAbolishesWithHistory() {
    Tthc amended = catalogue.find("1.003652").orElseThrow();
    Tthc shorter = new Tthc(amended.code(), amended.name(), amended.field(), amended.level(), amended.kind(),
        amended.implementingBody(), amended.owningUnit(), 3.0, amended.resolutionUnit(), amended.fees(),
        amended.legalBasis(), true, true, OnlineService.TOAN_TRINH, true, true, true, null, null, null);
    Tthc added = new Tthc("1.200001", "Thủ tục mới công bố", "Hoạt động khoa học và công nghệ", TthcLevel.TINH,
        TthcKind.HANH_CHINH, "Sở Khoa học và Công nghệ", "phong-quan-ly-khoa-hoc", 10.0, ResolutionUnit.NGAY_LAM_VIEC,
        null, null, true, false, OnlineService.MOT_PHAN, true, false, true, null, null, null);
    LocalDate inForce = LocalDate.of(2026, 12, 1);
    PublicationDecision decision = new PublicationDecision(null, "1234/QĐ-UBND", LocalDate.of(2026, 11, 20), inForce,
        DecisionType.CONG_BO_DANH_MUC, SourceKind.QUYET_DINH_BO, "3456/QĐ-BKHCN", LocalDate.of(2026, 11, 10),
        LocalDate.of(2026, 11, 12), null, null, null);
    List<PublicationDecision.Item> items = List.of(
        new PublicationDecision.Item("1.200001", ChangeKind.MOI, added),
        new PublicationDecision.Item("1.003652", ChangeKind.SUA_DOI_BO_SUNG, shorter),
        new PublicationDecision.Item("1.004489", ChangeKind.BAI_BO, null));

    String id = catalogue.applyDecision(decision, items, "vps.an").id();

    assertThat(catalogue.find("1.200001").orElseThrow()).satisfies(t -> {
      assertThat(t.state()).isEqualTo(TthcState.CON_HIEU_LUC);
      assertThat(t.effectiveFrom()).isEqualTo(inForce);
    });
    assertThat(catalogue.find("1.003652").orElseThrow().resolutionTime()).isEqualTo(3.0);
    assertThat(catalogue.find("1.004489").orElseThrow()).satisfies(t -> {
      assertThat(t.state()).isEqualTo(TthcState.DA_BAI_BO);
      assertThat(t.abolishedFrom()).isEqualTo(inForce);
    });
    JsonNode history = officer.get("/api/tthc/1.003652").expect(200).json().get("history");
    assertThat(history).hasSize(2);
    assertThat(history.get(1).get("change").asText()).isEqualTo("SUA_DOI_BO_SUNG");
    assertThat(history.get(1).get("decisionNumber").asText()).isEqualTo("1234/QĐ-UBND");
    assertThat(history.get(1).get("details").asText()).contains("Thời hạn giải quyết", "Liên thông");
    JsonNode recorded = officer.get("/api/quyet-dinh-cong-bo/" + id).expect(200).json();
    assertThat(recorded.get("items")).extracting(i -> i.get("change").asText())
        .containsExactly("MOI", "SUA_DOI_BO_SUNG", "BAI_BO");
    assertThat(recorded.get("sourceLearnedOn").asText()).isEqualTo("2026-11-12");

    // the same decision again, or abolishing what is no longer in force: refused, nothing recorded
    assertThatThrownBy(() -> catalogue.applyDecision(decision, items.subList(2, 3), "vps.an"))
        .isInstanceOfSatisfying(CatalogueException.class, e -> assertThat(e.problems()).extracting(Object::toString)
            .containsExactly("Cột 'Số quyết định': quyết định số 1234/QĐ-UBND đã được ghi nhận.",
                "Dòng 1, cột 'Mã TTHC': không có TTHC 1.004489 còn hiệu lực để bãi bỏ."));
    assertThat(officer.get("/api/tthc/1.004489").expect(200).json().get("history")).hasSize(2);

    // through REST: the Văn phòng records a decision, an officer of a unit may not
    Map<String, Object> cancel = Map.of("number", "99/QĐ-UBND", "signedOn", "2026-11-25", "effectiveOn", "2026-11-25",
        "type", "CONG_BO_DANH_MUC", "sourceKind", "VAN_BAN_TINH", "sourceNumber", "15/2026/QĐ-UBND",
        "items", List.of(Map.of("code", "1.004480", "change", "HUY_BO")));
    assertThat(officer.post("/api/quyet-dinh-cong-bo", cancel).expect(403).json().get("message").asText())
        .startsWith("Chỉ Văn phòng Sở");
    app.rest("vps.an", PASSWORD).post("/api/quyet-dinh-cong-bo", cancel).expect(200);
    assertThat(catalogue.find("1.004480").orElseThrow().state()).isEqualTo(TthcState.DA_BAI_BO);
  }

  static HttpResponse<String> upload(String user, String fileName, byte[] content) throws Exception {
    String boundary = "----kstthc" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/tthc/import"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(String body) throws IOException {
    return new ObjectMapper().readTree(body);
  }
}
