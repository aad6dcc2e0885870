package vn.kstthc.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kstthc.petition.XuLyPaknProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.TestPostgres;
import vn.kstthc.platform.TestSmtp;

/**
 * Petitions on PostgreSQL with the demo organisation: the machine intake (validation, idempotence,
 * rights), then a petition walked through its forms as the demo officers to the mailed answer.
 */
class PetitionIT {

  static final String PASSWORD = "Kstthc@2026!";

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

  static RunningApplication app;
  static Rest client;
  static JdbcTemplate jdbc;

  @BeforeAll
  static void start() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_petition"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", SMTP.getPort());
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("kstthc.deadlines.scan-enabled", "false");
    properties.put("kstthc.petitions.public-page.enabled", "true");
    app = RunningApplication.start(properties, "postgres");
    client = app.rest("tichhop.pakn", PASSWORD);
    jdbc = app.bean(JdbcTemplate.class);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static Map<String, Object> petition(String reference) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kenhTiepNhan", "he-thong-pakn");
    body.put("soThamChieu", reference);
    body.put("tieuDe", "Thời hạn cấp giấy phép bưu chính");
    body.put("noiDung", "Đề nghị rút ngắn thời hạn cấp giấy phép bưu chính.");
    body.put("linhVuc", "buu-chinh");
    Map<String, Object> sender = new LinkedHashMap<>();
    sender.put("hoTen", "Nguyễn Thị Hoa");
    sender.put("diaChi", "12 Lê Lợi, phường Quyết Thắng");
    sender.put("dienThoai", "0905 123 456");
    sender.put("email", "hoa.nguyen@example.vn");
    body.put("nguoiGui", sender);
    body.put("tepDinhKem", List.of(Map.of("tenTep", "don-kien-nghi.pdf", "loai", "application/pdf",
        "kichThuoc", 123456, "duongDan", "https://dichvucong.example/tep/123")));
    return body;
  }

  static int petitionsWith(String reference) {
    return jdbc.queryForObject("select count(*) from kstthc_petition where sender_reference = ?", Integer.class, reference);
  }

  static String task(String caseNumber, String definitionKey) {
    return app.bean(TaskService.class).createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(definitionKey).singleResult().getId();
  }

  static void submit(Rest officer, String task, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    officer.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", variables)).expect(204);
  }

  @Test
  void aPetitionFromThePortalIsAnsweredByMailThroughTheFormsOfTheDemoOfficers() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    Map<String, Object> body = petition("HT-2026-000001");
    // as senders write: the content names them, so the public page shows the officer's summary instead
    body.put("noiDung", "Tôi là Nguyễn Thị Hoa, ở 12 Lê Lợi, đề nghị rút ngắn thời hạn cấp giấy phép bưu chính.");
    JsonNode created = client.post("/api/pakn", body).expect(201).json();
    String caseNumber = created.get("maSoHoSo").asText();
    assertThat(caseNumber).matches("PA-\\d{4}-\\d{4}");
    assertThat(created.get("trungLap").asBoolean()).isFalse();
    assertThat(created.get("message").asText()).isEqualTo("Đã tiếp nhận phản ánh, kiến nghị số " + caseNumber + ".");

    Map<String, Object> row = jdbc.queryForMap("select * from kstthc_petition where case_number = ?", caseNumber);
    assertThat(row).containsEntry("channel", "HE_THONG_PAKN").containsEntry("status", "DA_TIEP_NHAN")
        .containsEntry("recorded_by", "tichhop.pakn");
    String id = (String) row.get("id");
    assertThat(jdbc.queryForMap("select name, phone, email from kstthc_petition_sender where petition_id = ?", id))
        .containsEntry("name", "Nguyễn Thị Hoa").containsEntry("email", "hoa.nguyen@example.vn");
    assertThat(jdbc.queryForObject("select count(*) from kstthc_petition_attachment where petition_id = ?", Integer.class, id))
        .isEqualTo(1);
    String instance = (String) row.get("process_instance_id");
    Map<String, Object> variables = app.bean(RuntimeService.class).getVariables(instance);
    assertThat(variables).containsEntry(PHAN_ANH_ID.name(), id).containsEntry(DON_VI_DE_XUAT.name(), "phong-bcvt-cds")
        .containsKey("hanXuLyHoSo")
        .doesNotContainKeys(HO_TEN.name(), EMAIL.name(), DIEN_THOAI.name(), DIA_CHI.name());

    String sender = "/api/pakn/" + caseNumber + "/nguoi-gui";
    assertThat(app.rest("vps.an", PASSWORD).get(sender).expect(200).json().get("hoTen").asText())
        .as("the intake officer classifies it").isEqualTo("Nguyễn Thị Hoa");
    submit(app.rest("vps.an", PASSWORD), task(caseNumber, TASK_CLASSIFY),
        Map.of(PHAN_LOAI.name(), "xu-ly", DOI_DON_VI.name(), false));
    Rest unit = app.rest("cds.lan", PASSWORD);
    assertThat(unit.get(sender).expect(200).json().get("dienThoai").asText()).isEqualTo("0905 123 456");
    assertThat(html("cds.lan", sender)).contains("<dd>Nguyễn Thị Hoa</dd>").contains("hoa.nguyen@example.vn");
    assertThat(app.rest("vps.an", PASSWORD).get(sender).expect(403).json().get("message").asText())
        .isEqualTo("Chỉ người đang xử lý phản ánh, kiến nghị này được xem thông tin người gửi.");
    assertThat(app.rest("qlkh.khanh", PASSWORD).get(sender).status()).as("another unit").isEqualTo(403);
    assertThat(app.rest("ld.cuong", PASSWORD).get(sender).status()).as("not yet at the approval").isEqualTo(403);
    assertThat(app.rest("cds.lan", PASSWORD).get("/api/pakn/PA-1999-0001/nguoi-gui").status()).isEqualTo(403);

    // the unit asks the commune, which sees the draft but not the sender
    submit(unit, task(caseNumber, TASK_DRAFT_ANSWER), Map.of(
        KET_QUA_XAC_MINH.name(), "Đang xác minh với UBND xã",
        DU_THAO_TRA_LOI.name(), "Sở đã kiến nghị Bộ rút ngắn thời hạn.",
        HINH_THUC_TRA_LOI.name(), "email",
        CAN_LAY_Y_KIEN.name(), true,
        DON_VI_LAY_Y_KIEN.name(), "ubnd-xa-dak-koi",
        NOI_DUNG_LAY_Y_KIEN.name(), "Đề nghị xã cho ý kiến về thực tế tại địa phương."));
    Rest commune = app.rest("xa.quang", PASSWORD);
    assertThat(commune.get(sender).status()).isEqualTo(403);
    submit(commune, task(caseNumber, TASK_GIVE_OPINION), Map.of(Y_KIEN_DON_VI_PHOI_HOP.name(), "Xã thống nhất."));
    submit(unit, task(caseNumber, TASK_DRAFT_ANSWER), Map.of(
        KET_QUA_XAC_MINH.name(), "Thời hạn theo Nghị định 47/2011/NĐ-CP",
        DU_THAO_TRA_LOI.name(), "Sở đã kiến nghị Bộ rút ngắn thời hạn.",
        HINH_THUC_TRA_LOI.name(), "email",
        CAN_LAY_Y_KIEN.name(), false));
    assertThat(app.rest("ld.cuong", PASSWORD).get(sender).expect(200).json().get("email").asText())
        .isEqualTo("hoa.nguyen@example.vn");
    submit(app.rest("ld.cuong", PASSWORD), task(caseNumber, TASK_APPROVE_ANSWER), Map.of(PHE_DUYET.name(), PHE_DUYET_DUYET));
    // the officers' notifications (kstthc.example) are sent beside, at any moment: only the citizen's mail counts
    assertThat(smtp.getReceivedMessagesForDomain("hoa.nguyen@example.vn")).as("mailed by a job, after the approval is committed").isEmpty();

    ManagementService management = app.bean(ManagementService.class);
    String sendJob = management.createJobQuery().processInstanceId(instance).activityId(TASK_SEND_EMAIL).singleResult().getId();
    // the mail leaves, then the job's transaction never commits (the JVM killed, the database gone)
    new TransactionTemplate(app.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
      management.executeJob(sendJob);
      status.setRollbackOnly();
    });
    assertThat(smtp.getReceivedMessagesForDomain("hoa.nguyen@example.vn")).hasSize(1);
    management.executeJob(sendJob); // the job runs again, as after its lock expired
    MimeMessage[] mails = smtp.getReceivedMessagesForDomain("hoa.nguyen@example.vn");
    assertThat(mails).as("the answer is not mailed twice").hasSize(1);
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("hoa.nguyen@example.vn");
    assertThat(mails[0].getSubject()).isEqualTo("Trả lời phản ánh, kiến nghị " + caseNumber + ": Thời hạn cấp giấy phép bưu chính");
    assertThat(new String(mails[0].getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("Sở đã kiến nghị Bộ rút ngắn thời hạn.");

    submit(app.rest("vps.an", PASSWORD), task(caseNumber, TASK_NATIONAL_SYSTEM),
        Map.of(MA_TREN_HE_THONG.name(), "PAKN-2026-77", DA_CAP_NHAT_HE_THONG.name(), true,
            TOM_TAT_CONG_KHAI.name(), "Kiến nghị rút ngắn thời hạn cấp giấy phép bưu chính."));
    assertThat(app.bean(HistoryService.class).createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getEndTime()).isNotNull();
    assertThat(jdbc.queryForMap("select * from kstthc_petition where id = ?", id))
        .containsEntry("status", "DA_CONG_KHAI").containsEntry("handling_unit", "phong-bcvt-cds")
        .containsEntry("answer", "Sở đã kiến nghị Bộ rút ngắn thời hạn.").containsEntry("answer_channel", "EMAIL")
        .containsEntry("national_reference", "PAKN-2026-77");
    assertThat(unit.get(sender).status()).as("the case is closed").isEqualTo(403);

    // published for anyone, without the sender
    Rest anonymous = app.rest(null, null);
    JsonNode published = anonymous.get("/public/phan-anh-kien-nghi.json").expect(200).json();
    JsonNode answer = null;
    for (JsonNode each : published) {
      assertThat(jdbc.queryForObject("select status from kstthc_petition where case_number = ?", String.class,
          each.get("maSoHoSo").asText())).isEqualTo("DA_CONG_KHAI");
      if (caseNumber.equals(each.get("maSoHoSo").asText())) {
        answer = each;
      }
    }
    assertThat(answer).isNotNull();
    assertThat(answer.get("linhVuc").asText()).isEqualTo("Bưu chính");
    assertThat(answer.get("tomTat").asText()).isEqualTo("Kiến nghị rút ngắn thời hạn cấp giấy phép bưu chính.");
    assertThat(answer.get("traLoi").asText()).isEqualTo("Sở đã kiến nghị Bộ rút ngắn thời hạn.");
    assertThat(answer.get("donViTraLoi").asText()).isEqualTo("Phòng Bưu chính viễn thông và Chuyển đổi số");
    String page = html(null, "/public/phan-anh-kien-nghi");
    assertThat(page).contains(caseNumber).contains("Sở đã kiến nghị Bộ rút ngắn thời hạn.");
    for (String shown : List.of(published.toString(), page)) {
      assertThat(shown).doesNotContain("Hoa", "Lê Lợi", "0905", "hoa.nguyen", "HT-2026-000001", "don-kien-nghi.pdf");
    }
  }

  /** A page as a browser asks for it, with the officer's credentials (or none). */
  static String html(String user, String path) throws Exception {
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.baseUrl() + path))
        .header("Accept", "text/html");
    if (user != null) {
      request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    var response = java.net.http.HttpClient.newHttpClient()
        .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    return response.body();
  }

  @Test
  void anOfficerRecordsALetterFromTheStartFormAndClosesItWithAReason() {
    Rest office = app.rest("vps.an", PASSWORD);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(KENH_TIEP_NHAN.name(), "van-ban");
    form.put(NGAY_TIEP_NHAN.name(), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());
    form.put(TIEU_DE.name(), "Hỏi lại việc đã được trả lời");
    form.put(NOI_DUNG.name(), "Nội dung trùng với thư ngày 02/11");
    form.put(LINH_VUC.name(), "khac");
    form.put(HO_TEN.name(), "Trần Văn Nam");
    form.put(DIEN_THOAI.name(), "0912345678");
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    String instance = office.post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
        Map.of("variables", variables)).expect(200).json().get("id").asText();

    Map<String, Object> row = jdbc.queryForMap("select * from kstthc_petition where process_instance_id = ?", instance);
    assertThat(row).containsEntry("channel", "VAN_BAN").containsEntry("sender_reference", null);
    assertThat(jdbc.queryForObject("select name from kstthc_petition_sender where petition_id = ?", String.class,
        row.get("id"))).isEqualTo("Trần Văn Nam");
    assertThat(app.bean(RuntimeService.class).getVariables(instance)).doesNotContainKeys(HO_TEN.name(), DIEN_THOAI.name());

    String caseNumber = (String) row.get("case_number");
    String classify = task(caseNumber, TASK_CLASSIFY);
    JsonNode refused = office.post("/engine-rest/task/" + classify + "/submit-form",
        Map.of("variables", Map.of(PHAN_LOAI.name(), Map.of("value", "khong-xu-ly")))).expect(400).json();
    assertThat(refused.get("fieldErrors").get(0).get("field").asText()).isEqualTo(LY_DO_KHONG_XU_LY.name());
    submit(office, classify, Map.of(PHAN_LOAI.name(), "khong-xu-ly", LY_DO_KHONG_XU_LY.name(), "Đã trả lời tại văn bản 98/SKHCN-VP"));

    assertThat(jdbc.queryForMap("select status, classification, closing_reason from kstthc_petition where id = ?", row.get("id")))
        .containsEntry("status", "KHONG_XU_LY").containsEntry("classification", "KHONG_XU_LY")
        .containsEntry("closing_reason", "Đã trả lời tại văn bản 98/SKHCN-VP");
    assertThat(app.bean(HistoryService.class).createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getEndActivityId()).isEqualTo(END_NOT_HANDLED);
  }

  @Test
  void theSenderRecordedFromTheStartFormLeavesNoTraceInTheEngine() {
    List<String> personal = List.of("Lê Thị Riêng Tư", "99 Hẻm Kín, phường Duy Tân", "0987654321", "rieng.tu@example.vn");
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(KENH_TIEP_NHAN.name(), "dien-thoai");
    form.put(NGAY_TIEP_NHAN.name(), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());
    form.put(TIEU_DE.name(), "Hỏi về lệ phí kiểm định");
    form.put(NOI_DUNG.name(), "Lệ phí kiểm định phương tiện đo là bao nhiêu?");
    form.put(LINH_VUC.name(), "tieu-chuan-do-luong-chat-luong");
    form.put(HO_TEN.name(), personal.get(0));
    form.put(DIA_CHI.name(), personal.get(1));
    form.put(DIEN_THOAI.name(), personal.get(2));
    form.put(EMAIL.name(), personal.get(3));
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    String instance = app.rest("vps.an", PASSWORD).post("/engine-rest/process-definition/key/" + KEY + "/submit-form",
        Map.of("variables", variables)).expect(200).json().get("id").asText();

    assertThat(jdbc.queryForObject("select recorded_by from kstthc_petition where process_instance_id = ?",
        String.class, instance)).as("the officer who recorded it").isEqualTo("vps.an");
    assertThat(jdbc.queryForMap("select s.name, s.address, s.phone, s.email from kstthc_petition_sender s"
        + " join kstthc_petition p on p.id = s.petition_id where p.process_instance_id = ?", instance).values())
        .containsExactlyElementsOf(personal);
    String names = "('hoTen', 'diaChi', 'dienThoai', 'email')";
    assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where proc_inst_id_ = ? and name_ in " + names,
        Integer.class, instance)).as("ACT_HI_VARINST").isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_hi_detail where proc_inst_id_ = ? and name_ in " + names,
        Integer.class, instance)).as("ACT_HI_DETAIL").isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where proc_inst_id_ = ? and name_ in " + names,
        Integer.class, instance)).as("ACT_RU_VARIABLE").isZero();
    for (String value : personal) {
      for (String table : List.of("act_hi_varinst", "act_hi_detail", "act_ru_variable")) {
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where text_ = ? or text2_ = ?",
            Integer.class, value, value)).as(table + " holds " + value).isZero();
      }
      assertThat(jdbc.queryForObject("select count(*) from act_hi_op_log where org_value_ like ? or new_value_ like ?",
          Integer.class, "%" + value + "%", "%" + value + "%")).as("ACT_HI_OP_LOG holds " + value).isZero();
    }
  }

  @Test
  void theSamePetitionTwiceInSequenceIsOneCase() {
    JsonNode first = client.post("/api/pakn", petition("HT-2026-000002")).expect(201).json();
    JsonNode again = client.post("/api/pakn", petition("HT-2026-000002")).expect(200).json();
    assertThat(again.get("maSoHoSo").asText()).isEqualTo(first.get("maSoHoSo").asText());
    assertThat(again.get("trungLap").asBoolean()).isTrue();
    assertThat(again.get("message").asText())
        .isEqualTo("Phản ánh, kiến nghị này đã được tiếp nhận trước đó với số " + first.get("maSoHoSo").asText() + ".");
    assertThat(petitionsWith("HT-2026-000002")).isEqualTo(1);
    // the same reference on another channel is another petition
    Map<String, Object> byMail = petition("HT-2026-000002");
    byMail.put("kenhTiepNhan", "hop-thu");
    client.post("/api/pakn", byMail).expect(201);
  }

  @Test
  void twentyConcurrentDuplicatesMakeOneCase() throws Exception {
    int clients = 20;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<RunningApplication.Response>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Callable<RunningApplication.Response> send = () -> {
        go.await();
        return client.post("/api/pakn", petition("HT-2026-000020"));
      };
      answers.add(pool.submit(send));
    }
    go.countDown();
    List<RunningApplication.Response> responses = new ArrayList<>();
    for (Future<RunningApplication.Response> answer : answers) {
      responses.add(answer.get());
    }
    pool.shutdown();
    assertThat(responses).extracting(RunningApplication.Response::status).containsOnly(200, 201)
        .filteredOn(s -> s == 201).hasSize(1);
    List<String> numbers = responses.stream().map(r -> r.json().get("maSoHoSo").asText()).toList();
    assertThat(numbers).containsOnly(numbers.get(0));
    assertThat(petitionsWith("HT-2026-000020")).isEqualTo(1);
    assertThat(app.bean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(numbers.get(0)).count()).isEqualTo(1);
  }

  @Test
  void eachInvalidFieldIsNamedInVietnameseAndNothingIsCreated() {
    Map<String, Object> body = petition("HT 2026 <1>");
    body.put("kenhTiepNhan", "zalo");
    body.put("tieuDe", " ");
    body.put("noiDung", "x".repeat(4001));
    body.put("linhVuc", "y-te");
    body.put("ngayTiepNhan", "01/12/2026");
    body.put("nguoiGui", Map.of("hoTen", "Hoa", "dienThoai", "abc", "email", "hoa@"));
    body.put("tepDinhKem", List.of(Map.of("loai", "application/pdf", "kichThuoc", -1)));
    long before = jdbc.queryForObject("select count(*) from kstthc_petition", Long.class);

    JsonNode refused = client.post("/api/pakn", body).expect(400).json();

    Map<String, String> errors = new LinkedHashMap<>();
    refused.get("errors").forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
    assertThat(errors).containsOnlyKeys("kenhTiepNhan", "soThamChieu", "tieuDe", "noiDung", "linhVuc", "ngayTiepNhan",
        "nguoiGui.dienThoai", "nguoiGui.email", "tepDinhKem[0].tenTep", "tepDinhKem[0].kichThuoc");
    assertThat(errors.get("tieuDe")).isEqualTo("Trường 'Tiêu đề' là bắt buộc.");
    assertThat(errors.get("noiDung")).isEqualTo("Trường 'Nội dung phản ánh, kiến nghị' dài tối đa 4000 ký tự.");
    assertThat(errors.get("nguoiGui.email")).isEqualTo("Trường 'Thư điện tử' không phải địa chỉ thư điện tử hợp lệ.");
    assertThat(errors.values()).allMatch(m -> Normalizer.isNormalized(m, Normalizer.Form.NFC));
    assertThat(jdbc.queryForObject("select count(*) from kstthc_petition", Long.class)).isEqualTo(before);

    assertThat(client.post("/api/pakn", "{\"tieuDe\": ").expect(400).json().get("message").asText())
        .isEqualTo("Nội dung gửi lên không phải JSON hợp lệ.");
    Map<String, Object> noSender = petition("HT-2026-000030");
    noSender.remove("nguoiGui");
    assertThat(client.post("/api/pakn", noSender).expect(400).json().get("errors").get(0).get("field").asText())
        .isEqualTo("nguoiGui");
  }

  @Test
  void textIsStoredNfcAndHtmlStaysText() {
    Map<String, Object> body = petition("HT-2026-000040");
    String nfd = Normalizer.normalize("Thủ tục đăng ký quá phức tạp", Normalizer.Form.NFD);
    body.put("tieuDe", nfd);
    body.put("noiDung", "<script>alert('x')</script> <b>đậm</b>");
    String caseNumber = client.post("/api/pakn", body).expect(201).json().get("maSoHoSo").asText();

    Map<String, Object> row = jdbc.queryForMap("select title, content from kstthc_petition where case_number = ?", caseNumber);
    assertThat(row.get("title")).isEqualTo("Thủ tục đăng ký quá phức tạp").isNotEqualTo(nfd);
    assertThat(row.get("content")).isEqualTo("<script>alert('x')</script> <b>đậm</b>");
  }

  @Test
  void onlyIntegrationClientsSubmitAndTheyCanDoNothingElse() {
    assertThat(app.rest("vps.an", PASSWORD).post("/api/pakn", petition("HT-2026-000050")).expect(403).json()
        .get("message").asText()).startsWith("Chỉ tài khoản tích hợp");
    assertThat(app.rest(null, null).post("/api/pakn", petition("HT-2026-000050")).status()).isEqualTo(401);
    assertThat(petitionsWith("HT-2026-000050")).isZero();

    assertThat(client.get("/engine-rest/task").expect(200).json()).isEmpty();
    assertThat(client.get("/engine-rest/process-definition").expect(200).json()).isEmpty();
    assertThat(client.post("/engine-rest/process-definition/key/" + KEY + "/start", Map.of()).status()).isIn(403, 404);
  }
}
