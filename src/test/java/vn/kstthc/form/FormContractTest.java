package vn.kstthc.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an officer may submit with a form, field by field, on the shipped forms and a test form. */
class FormContractTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 9, 0);
  static final Set<String> UNITS = Set.of("phong-quan-ly-khoa-hoc", "phong-bcvt-cds", "phong-tc-dl-cl", "van-phong-so");
  static final Set<String> ROLE_UNITS = Set.of("phong-quan-ly-khoa-hoc", "phong-bcvt-cds");

  final Map<String, Object> current = new HashMap<>();
  Boolean hidden = null;

  final FormContract.Context context = new FormContract.Context() {
    @Override
    public Object currentValue(String name) {
      return current.get(name);
    }

    @Override
    public boolean isWorkingUnit(String groupId, String role) {
      return role == null ? UNITS.contains(groupId) : ROLE_UNITS.contains(groupId);
    }

    @Override
    public LocalDateTime now() {
      return NOW;
    }

    @Override
    public Boolean hidden(String feelCondition, Map<String, Object> data) {
      return hidden;
    }
  };

  static FormDefinition shipped(String path) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("forms", path))) {
      return FormDefinition.parse(in);
    }
  }

  static FormDefinition form(String components) throws IOException {
    return FormDefinition.parse(JSON.readTree("{\"id\":\"t\",\"components\":" + components.replace('\'', '"') + "}"));
  }

  /** REST variables, each {"value": v}. */
  static ObjectNode variables(Object... nameValue) {
    ObjectNode variables = JSON.createObjectNode();
    for (int i = 0; i < nameValue.length; i += 2) {
      ObjectNode dto = variables.putObject((String) nameValue[i]);
      dto.set("value", JSON.valueToTree(nameValue[i + 1]));
    }
    return variables;
  }

  FormContract.Result check(FormDefinition form, ObjectNode variables) {
    return FormContract.check(form, variables, context);
  }

  static List<String> messages(FormContract.Result result) {
    return result.errors().stream().map(FieldError::message).toList();
  }

  ObjectNode validStart() {
    return variables("tieuDe", "Rà soát TTHC lĩnh vực khoa học", "noiDung", "Rà soát và báo cáo",
        "donViChuTri", "phong-bcvt-cds", "hanHoanThanh", "2026-12-15");
  }

  @Test
  void theStartFormAcceptsWhatItDeclaresTyped() throws IOException {
    FormContract.Result result = check(shipped("giao-viec/khoi-tao.form"), validStart());
    assertThat(result.errors()).isEmpty();
    assertThat(result.variables().get("donViChuTri").toString())
        .isEqualTo("{\"value\":\"phong-bcvt-cds\",\"type\":\"String\"}");
    assertThat(result.variables().size()).isEqualTo(4);
  }

  @Test
  void anUndeclaredVariableIsRefusedByName() throws IOException {
    ObjectNode submitted = validStart();
    submitted.setAll(variables("nguoiGiao", "ct.phuc"));
    assertThat(messages(check(shipped("giao-viec/khoi-tao.form"), submitted)))
        .containsExactly("Biểu mẫu không có trường 'nguoiGiao': không được gửi giá trị này.");
  }

  @Test
  void aSelectValueOutsideTheOptionsIsRefused() throws IOException {
    ObjectNode submitted = validStart();
    submitted.setAll(variables("donViChuTri", "lanh-dao-so"));
    assertThat(messages(check(shipped("giao-viec/khoi-tao.form"), submitted)))
        .containsExactly("Trường 'Đơn vị chủ trì' phải là một đơn vị trong danh sách.");
  }

  @Test
  void twoUnitsInOneValueAreNotAUnit() throws IOException {
    ObjectNode submitted = validStart();
    submitted.setAll(variables("donViChuTri", "phong-bcvt-cds,phong-tc-dl-cl"));
    assertThat(check(shipped("giao-viec/khoi-tao.form"), submitted).accepted()).isFalse();
  }

  @Test
  void missingRequiredFieldsAreNamedInVietnamese() throws IOException {
    ObjectNode submitted = validStart();
    submitted.remove("tieuDe");
    submitted.setAll(variables("noiDung", "   "));
    assertThat(messages(check(shipped("giao-viec/khoi-tao.form"), submitted)))
        .containsExactly("Trường 'Tên nhiệm vụ' là bắt buộc.", "Trường 'Nội dung, yêu cầu' là bắt buộc.");
  }

  @Test
  void textLongerThanTheFormAllowsIsRefused() throws IOException {
    ObjectNode submitted = validStart();
    submitted.setAll(variables("tieuDe", "a".repeat(300)));
    assertThat(messages(check(shipped("giao-viec/khoi-tao.form"), submitted)))
        .containsExactly("Trường 'Tên nhiệm vụ' dài tối đa 255 ký tự (đã nhập 300).");
  }

  @Test
  void textWithoutMaxLengthStillFitsTheEngine() throws IOException {
    FormDefinition form = form("[{'type':'textfield','key':'ghiChu','label':'Ghi chú'}]");
    assertThat(messages(check(form, variables("ghiChu", "x".repeat(1_000_000)))))
        .containsExactly("Trường 'Ghi chú' dài tối đa 4000 ký tự (đã nhập 1000000).");
  }

  @Test
  void nfdTextIsStoredAsNfc() throws IOException {
    String nfd = Normalizer.normalize("Kiểm soát thủ tục hành chính", Normalizer.Form.NFD);
    ObjectNode submitted = validStart();
    submitted.setAll(variables("tieuDe", nfd));
    FormContract.Result result = check(shipped("giao-viec/khoi-tao.form"), submitted);
    assertThat(result.variables().get("tieuDe").get("value").asText())
        .isEqualTo("Kiểm soát thủ tục hành chính")
        .isNotEqualTo(nfd);
  }

  @Test
  void aDeadlineInThePastOrNotADateIsRefused() throws IOException {
    ObjectNode submitted = validStart();
    submitted.setAll(variables("hanHoanThanh", "2026-11-29"));
    assertThat(messages(check(shipped("giao-viec/khoi-tao.form"), submitted)))
        .containsExactly("Trường 'Hạn hoàn thành' không được là ngày đã qua.");
    submitted.setAll(variables("hanHoanThanh", "31/12/2026"));
    assertThat(messages(check(shipped("giao-viec/khoi-tao.form"), submitted)))
        .containsExactly("Trường 'Hạn hoàn thành' phải là một ngày hợp lệ (ngày/tháng/năm).");
    submitted.setAll(variables("hanHoanThanh", "2026-11-30"));
    assertThat(check(shipped("giao-viec/khoi-tao.form"), submitted).accepted()).as("today").isTrue();
  }

  @Test
  void theChairCannotSignOnADayStillToCome() throws IOException {
    ObjectNode signed = variables("ketQuaKiemTra", "dat", "soQuyetDinh", "789/QĐ-UBND", "ngayKy", "2026-12-01");
    assertThat(check(shipped("cong-bo-tthc/ky-quyet-dinh.form"), signed).errors())
        .containsExactly(new FieldError("ngayKy", "Ngày ký", "Trường 'Ngày ký' không được là ngày trong tương lai."));
    signed.setAll(variables("ngayKy", "2026-11-30"));
    assertThat(check(shipped("cong-bo-tthc/ky-quyet-dinh.form"), signed).accepted()).as("today").isTrue();
  }

  @Test
  void theCommunesAnswerNeitherInThePastNorAfterTheSoMustSubmit() throws IOException {
    current.put("hanTrinhCuaSo", "2026-12-04");
    ObjectNode draft = variables("duThaoQuyetDinh", "Tờ trình, dự thảo", "layYKienXa", true, "hanGopYXa", "2026-12-07");
    assertThat(messages(check(shipped("cong-bo-tthc/du-thao.form"), draft)))
        .contains("Trường 'Hạn góp ý của cấp xã' không được sau ngày 04/12/2026.");
    draft.setAll(variables("hanGopYXa", "2026-11-27"));
    assertThat(messages(check(shipped("cong-bo-tthc/du-thao.form"), draft)))
        .contains("Trường 'Hạn góp ý của cấp xã' không được là ngày đã qua.");
    draft.setAll(variables("hanGopYXa", "2026-12-04"));
    assertThat(messages(check(shipped("cong-bo-tthc/du-thao.form"), draft))).noneMatch(m -> m.contains("Hạn góp ý"));
    // a limit the case does not hold (a form used elsewhere) limits nothing
    current.clear();
    draft.setAll(variables("hanGopYXa", "2027-03-01"));
    assertThat(messages(check(shipped("cong-bo-tthc/du-thao.form"), draft))).noneMatch(m -> m.contains("Hạn góp ý"));
  }

  @Test
  void aUnitFieldMustNameAWorkingUnit() throws IOException {
    FormDefinition form = form(
        "[{'type':'textfield','key':'donVi','label':'Đơn vị','properties':{'kstthc.loai':'don-vi'}}]");
    assertThat(check(form, variables("donVi", "phong-tc-dl-cl")).accepted()).isTrue();
    assertThat(messages(check(form, variables("donVi", "giam-sat"))))
        .containsExactly("Trường 'Đơn vị' phải là một đơn vị trong danh sách.");
    assertThat(check(form, variables("donVi", "")).accepted()).as("empty, not required").isTrue();
  }

  @Test
  void aUnitFieldAlsoTakesTheValuesItsFormLists() throws IOException {
    FormDefinition form = form("[{'type':'select','key':'donVi','label':'Đơn vị','properties':{'kstthc.loai':'don-vi'},"
        + "'values':[{'label':'UBND xã','value':'ngoai:ubnd-xa'}]}]");
    assertThat(check(form, variables("donVi", "phong-tc-dl-cl")).accepted()).as("a unit").isTrue();
    assertThat(check(form, variables("donVi", "ngoai:ubnd-xa")).accepted()).as("the form's own value").isTrue();
    assertThat(messages(check(form, variables("donVi", "ngoai:bo-khac"))))
        .containsExactly("Trường 'Đơn vị' phải là một đơn vị trong danh sách.");
  }

  @Test
  void aReadOnlyFieldComesBackOnlyUnchanged() throws IOException {
    current.put("tieuDe", "Nhiệm vụ A");
    current.put("ketQua", "Đã xong");
    FormDefinition form = shipped("giao-viec/xac-nhan-ket-qua.form");
    FormContract.Result same = check(form, variables("tieuDe", "Nhiệm vụ A", "ketQua", "Đã xong", "ketLuan", "dat"));
    assertThat(same.errors()).isEmpty();
    assertThat(same.variables().has("tieuDe")).as("unchanged read-only values are not written again").isFalse();
    assertThat(messages(check(form, variables("tieuDe", "Nhiệm vụ khác", "ketLuan", "dat"))))
        .containsExactly("Trường 'Tên nhiệm vụ' chỉ được xem, không được thay đổi.");
  }

  @Test
  void aRadioValueOutsideItsOptionsIsRefused() throws IOException {
    assertThat(messages(check(shipped("giao-viec/xac-nhan-ket-qua.form"), variables("ketLuan", "dat-mot-phan"))))
        .containsExactly("Trường 'Đánh giá kết quả' phải là một giá trị trong danh sách.");
  }

  @Test
  void aConditionallyHiddenFieldIsNotDemandedAndNotStored() throws IOException {
    FormDefinition form = form("[{'type':'textfield','key':'lyDo','label':'Lý do','validate':{'required':true},"
        + "'conditional':{'hide':'=ketLuan = \\\"dat\\\"'}}]");
    hidden = null; // cannot be told: absent is accepted
    assertThat(check(form, variables()).accepted()).isTrue();
    hidden = false;
    assertThat(messages(check(form, variables()))).containsExactly("Trường 'Lý do' là bắt buộc.");
    hidden = true;
    FormContract.Result result = check(form, variables("lyDo", "gửi dù bị ẩn"));
    assertThat(result.accepted()).isTrue();
    assertThat(result.variables().has("lyDo")).isFalse();
  }

  @Test
  void numbersChecklistsCheckboxesAndPatterns() throws IOException {
    FormDefinition form = form("[{'type':'number','key':'soNgay','label':'Số ngày','validate':{'min':1,'max':30}},"
        + "{'type':'checklist','key':'kenh','label':'Kênh','values':[{'label':'Thư','value':'thu'},{'label':'Điện thoại','value':'dien-thoai'}]},"
        + "{'type':'checkbox','key':'daXacNhan','label':'Đã xác nhận','validate':{'required':true}},"
        + "{'type':'textfield','key':'ma','label':'Mã','validate':{'pattern':'^[0-9]{3}$'}},"
        + "{'type':'textfield','key':'email','label':'Thư điện tử','validate':{'validationType':'email'}}]");
    FormContract.Result ok = check(form, variables("soNgay", 10, "kenh", List.of("thu"), "daXacNhan", true,
        "ma", "123", "email", "an@kstthc.vn"));
    assertThat(ok.errors()).isEmpty();
    assertThat(ok.variables().get("soNgay").get("type").asText()).isEqualTo("Long");
    assertThat(ok.variables().get("kenh").toString()).isEqualTo("{\"value\":\"[\\\"thu\\\"]\",\"type\":\"Json\"}");
    assertThat(messages(check(form, variables("soNgay", 31, "kenh", List.of("zalo"), "daXacNhan", false,
        "ma", "12a", "email", "an@"))))
        .containsExactly(
            "Trường 'Số ngày' không được lớn hơn 30.",
            "Trường 'Kênh' phải là một giá trị trong danh sách.",
            "Trường 'Đã xác nhận' phải được chọn.",
            "Trường 'Mã' không đúng định dạng yêu cầu.",
            "Trường 'Thư điện tử' phải là một địa chỉ thư điện tử hợp lệ.");
  }

  @Test
  void aPatternOnlyTheServerChecksIsRefusedInVietnamese() throws Exception {
    // form-js would show the officer "Field must match pattern ^[0-9]{4}-(0[1-9]|1[0-2])$."
    FormDefinition form = form("[{'type':'textfield','key':'thang','label':'Tháng đã qua (năm-tháng, ví dụ 2025-12)',"
        + "'properties':{'kstthc.dinhDang':'^[0-9]{4}-(0[1-9]|1[0-2])$'}}]");
    assertThat(check(form, variables("thang", "2025-12")).errors()).isEmpty();
    assertThat(messages(check(form, variables("thang", "12/2025"))))
        .containsExactly("Trường 'Tháng đã qua (năm-tháng, ví dụ 2025-12)' không đúng định dạng yêu cầu.");
  }

  @Test
  void objectAndFileTypesAreRefused() throws IOException {
    ObjectNode submitted = validStart();
    ((ObjectNode) submitted.get("tieuDe")).put("type", "Object");
    assertThat(messages(check(shipped("giao-viec/khoi-tao.form"), submitted)))
        .containsExactly("Trường 'Tên nhiệm vụ' không nhận kiểu dữ liệu Object.");
  }

  @Test
  void rowsOfADynamicListAreCheckedFieldByField() throws IOException {
    FormDefinition form = form("[{'type':'dynamiclist','path':'buoc','label':'Các bước','components':["
        + "{'type':'textfield','key':'congViec','label':'Công việc','validate':{'required':true}},"
        + "{'type':'number','key':'soGio','label':'Số giờ','validate':{'min':1}}]}]");
    JsonNode rows = JSON.valueToTree(List.of(Map.of("congViec", "Tiếp nhận", "soGio", 4), Map.of("soGio", 0)));
    assertThat(messages(check(form, variables("buoc", rows))))
        .containsExactly(
            "Trường 'Các bước', dòng 2: Trường 'Công việc' là bắt buộc.",
            "Trường 'Các bước', dòng 2: Trường 'Số giờ' không được nhỏ hơn 1.");
    JsonNode good = JSON.valueToTree(List.of(Map.of("congViec", "Tiếp nhận", "soGio", 4)));
    assertThat(check(form, variables("buoc", good)).variables().get("buoc").get("value").asText())
        .isEqualTo("[{\"congViec\":\"Tiếp nhận\",\"soGio\":4}]");
  }

  @Test
  void whatTasklistSendsForListsAndEmptyReadOnlyFieldsIsAccepted() throws IOException {
    FormDefinition form = form("[{'type':'taglist','key':'nhan','label':'Nhãn','values':[{'label':'A','value':'a'}]},"
        + "{'type':'checkbox','key':'daDoc','label':'Đã đọc','readonly':true},"
        + "{'type':'checklist','key':'kenh','label':'Kênh','disabled':true,'values':[{'label':'A','value':'a'}]}]");
    ObjectNode submitted = JSON.createObjectNode();
    submitted.putObject("nhan").put("type", "Object").put("value", "[\"a\"]")
        .putObject("valueInfo").put("objectTypeName", "java.util.ArrayList").put("serializationDataFormat", "application/json");
    submitted.setAll(variables("daDoc", false, "kenh", List.of()));
    FormContract.Result result = check(form, submitted);
    assertThat(result.errors()).isEmpty();
    assertThat(result.variables().get("nhan").get("type").asText()).isEqualTo("Json");
    assertThat(result.variables().has("daDoc")).isFalse();
  }

  @Test
  void numbersAreWrittenPlainly() throws IOException {
    FormDefinition form = form("[{'type':'number','key':'soNgay','label':'Số ngày','validate':{'max':30}}]");
    for (String odd : List.of("NaN", "Infinity", "1e400", "0x1p3", "5d")) {
      assertThat(check(form, variables("soNgay", odd)).accepted()).as(odd).isFalse();
    }
    assertThat(check(form, variables("soNgay", "12")).accepted()).isTrue();
  }

  @Test
  void aFieldReadOnlyByConditionIsReadOnlyUnlessTheConditionIsFalse() throws IOException {
    FormDefinition form = form("[{'type':'textfield','key':'ketLuan','label':'Kết luận','readonly':'=daKy'}]");
    current.put("ketLuan", "Đồng ý");
    hidden = null; // cannot be told: read-only
    assertThat(messages(check(form, variables("ketLuan", "Khác"))))
        .containsExactly("Trường 'Kết luận' chỉ được xem, không được thay đổi.");
    hidden = false;
    assertThat(check(form, variables("ketLuan", "Khác")).variables().get("ketLuan").get("value").asText())
        .isEqualTo("Khác");
  }

  @Test
  void aRowsReadOnlyColumnsStayAsTheCaseHoldsThemAndItsOptionsComeFromTheCase() throws IOException {
    FormDefinition form = form("[{'type':'dynamiclist','path':'truongHop','label':'Trường hợp','components':["
        + "{'type':'textfield','key':'hoSo','label':'Hồ sơ','readonly':true},"
        + "{'type':'select','key':'nguyenNhan','label':'Nguyên nhân','valuesKey':'danhMuc','validate':{'required':true}}]}]");
    current.put("truongHop", "[{\"hoSo\":\"GV-2026-0001\",\"nguyenNhan\":\"\"}]");
    current.put("danhMuc", "[{\"label\":\"Chậm xử lý\",\"value\":\"cham-xu-ly\"}]");

    JsonNode answered = JSON.valueToTree(List.of(Map.of("hoSo", "GV-2026-0001", "nguyenNhan", "cham-xu-ly")));
    assertThat(check(form, variables("truongHop", answered)).errors()).isEmpty();

    JsonNode rewritten = JSON.valueToTree(List.of(Map.of("hoSo", "GV-2026-0999", "nguyenNhan", "khac")));
    assertThat(messages(check(form, variables("truongHop", rewritten)))).containsExactly(
        "Trường 'Trường hợp', dòng 1: Trường 'Hồ sơ' chỉ được xem, không được thay đổi.",
        "Trường 'Trường hợp', dòng 1: Trường 'Nguyên nhân' phải là một giá trị trong danh sách.");
  }

  @Test
  void aRowStoredKeepsWhatTheOfficerCannotWriteAsTheCaseHoldsIt() throws IOException {
    FormDefinition form = form("[{'type':'dynamiclist','path':'tongHop','label':'Tổng hợp','components':["
        + "{'type':'textfield','key':'tenDonVi','label':'Đơn vị','readonly':true},"
        + "{'type':'number','key':'tyLe','label':'Tỷ lệ','readonly':true},"
        + "{'type':'textfield','key':'ghiChu','label':'Ghi chú'}]}]");
    current.put("tongHop", "[{\"donVi\":\"phong-a\",\"tenDonVi\":\"Phòng A\",\"tyLe\":94.4,\"ghiChu\":\"\"}]");

    // form-js sends a row's read-only columns or leaves them out: either way they stay the case's
    JsonNode onlyEditable = JSON.valueToTree(List.of(Map.of("ghiChu", "Đã nhắc")));
    FormContract.Result result = check(form, variables("tongHop", onlyEditable));
    assertThat(result.errors()).isEmpty();
    JsonNode stored = JSON.readTree(result.variables().get("tongHop").get("value").asText()).get(0);
    assertThat(stored.path("donVi").asText()).as("a value the form does not show").isEqualTo("phong-a");
    assertThat(stored.path("tenDonVi").asText()).isEqualTo("Phòng A");
    assertThat(stored.path("tyLe").asDouble()).isEqualTo(94.4);
    assertThat(stored.path("ghiChu").asText()).isEqualTo("Đã nhắc");
  }

  @Test
  void aReadOnlyListComesBackWithTheColumnsItShows() throws IOException {
    FormDefinition form = form("[{'type':'dynamiclist','path':'phanDonVi','label':'Phần của các đơn vị','readonly':true,"
        + "'components':[{'type':'textfield','key':'tenDonVi','label':'Đơn vị'},{'type':'textarea','key':'thuyetMinh','label':'Thuyết minh'}]}]");
    current.put("phanDonVi", "[{\"donVi\":\"phong-a\",\"tenDonVi\":\"Phòng A\",\"thuyetMinh\":\"Đúng hạn\"}]");

    // the browser sends the rows as the form shows them, without the unit's id
    JsonNode asShown = JSON.valueToTree(List.of(Map.of("tenDonVi", "Phòng A", "thuyetMinh", "Đúng hạn")));
    assertThat(check(form, variables("phanDonVi", asShown)).errors()).isEmpty();

    JsonNode rewritten = JSON.valueToTree(List.of(Map.of("tenDonVi", "Phòng A", "thuyetMinh", "Sửa lại")));
    assertThat(messages(check(form, variables("phanDonVi", rewritten))))
        .containsExactly("Trường 'Phần của các đơn vị' chỉ được xem, không được thay đổi.");
  }
}
