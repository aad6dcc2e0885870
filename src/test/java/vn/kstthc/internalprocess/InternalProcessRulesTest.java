package vn.kstthc.internalprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kstthc.internalprocess.PerformerRole.CHU_TRI;
import static vn.kstthc.internalprocess.PerformerRole.PHOI_HOP;
import static vn.kstthc.internalprocess.PerformerRole.THAM_GIA_Y_KIEN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kstthc.catalogue.OnlineService;
import vn.kstthc.catalogue.ResolutionUnit;
import vn.kstthc.catalogue.Tthc;
import vn.kstthc.catalogue.TthcKind;
import vn.kstthc.catalogue.TthcLevel;
import vn.kstthc.catalogue.TthcState;

/** The rules of an internal process, one broken rule per case, and the office-hour bound. */
class InternalProcessRulesTest {

  private static final String CODE = "1.004567";
  private static final String UNIT = "phong-quan-ly-khoa-hoc";
  private final InternalProcessRules rules =
      new InternalProcessRules(Set.of(UNIT, "van-phong-so", "lanh-dao-so")::contains, BigDecimal.valueOf(8));

  private static Tthc tthc(Double time, ResolutionUnit unit) {
    return new Tthc(CODE, "Cấp giấy phép", "Khoa học", TthcLevel.TINH, TthcKind.HANH_CHINH, null, UNIT, time, unit,
        null, null, true, false, OnlineService.TOAN_TRINH, true, false, false, TthcState.CON_HIEU_LUC, null, null);
  }

  private static Step row(int no, String performer, PerformerRole role, String hours) {
    return new Step(CODE, no, "Thẩm định hồ sơ", performer, role, hours == null ? null : new BigDecimal(hours), "Tờ trình");
  }

  /** 5 working days = 40 office hours. */
  private List<String> problems(List<Step> rows) {
    return rules.problems(CODE, tthc(5.0, ResolutionUnit.NGAY_LAM_VIEC), UNIT, rows);
  }

  @Test
  void aProcessWithinTheLegalTimeIsAccepted() {
    assertThat(problems(List.of(
            row(1, "ngoai:trung-tam-phuc-vu-hanh-chinh-cong", CHU_TRI, "4"),
            row(2, UNIT, CHU_TRI, "24"),
            row(2, "ngoai:ubnd-xa", THAM_GIA_Y_KIEN, "16"),
            row(3, "lanh-dao-so", CHU_TRI, "8"),
            row(3, "van-phong-so", PHOI_HOP, "8"),
            row(4, "ngoai:trung-tam-phuc-vu-hanh-chinh-cong", CHU_TRI, "4"))))
        .isEmpty();
  }

  @Test
  void hoursBeyondTheLegalTimeInOfficeHoursAreRefused() {
    assertThat(problems(List.of(row(1, UNIT, CHU_TRI, "32"), row(2, "lanh-dao-so", CHU_TRI, "8.5"))))
        .containsExactly("Tổng thời gian các bước của thủ tục 1.004567 là 40,5 giờ làm việc, vượt thời hạn giải quyết"
            + " theo quy định 40 giờ làm việc (5 ngày làm việc).");
    assertThat(rules.problems(CODE, tthc(4.0, ResolutionUnit.GIO_LAM_VIEC), UNIT, List.of(row(1, UNIT, CHU_TRI, "4.5"))))
        .containsExactly("Tổng thời gian các bước của thủ tục 1.004567 là 4,5 giờ làm việc, vượt thời hạn giải quyết"
            + " theo quy định 4 giờ làm việc (4 giờ làm việc).");
    assertThat(rules.problems(CODE, tthc(2.0, ResolutionUnit.NGAY), UNIT, List.of(row(1, UNIT, CHU_TRI, "16")))).isEmpty();
    assertThat(rules.problems(CODE, tthc(null, null), UNIT, List.of(row(1, UNIT, CHU_TRI, "400")))).isEmpty();
  }

  @Test
  void stepsAreNumberedFromOneWithoutGaps() {
    assertThat(problems(List.of(row(2, UNIT, CHU_TRI, "4"))))
        .contains("Thủ tục 1.004567, dòng 1: số thứ tự bước phải là 1 (các bước đánh số liên tục từ 1, dòng của một"
            + " bước đứng liền nhau), không phải 2.");
    assertThat(problems(List.of(row(1, UNIT, CHU_TRI, "4"), row(3, UNIT, CHU_TRI, "4"))))
        .containsExactly("Thủ tục 1.004567, dòng 2: số thứ tự bước phải là 1 hoặc 2 (các bước đánh số liên tục từ 1,"
            + " dòng của một bước đứng liền nhau), không phải 3.");
    assertThat(problems(List.of(row(1, UNIT, CHU_TRI, "4"), row(2, UNIT, CHU_TRI, "4"), row(1, "van-phong-so", PHOI_HOP, "4"))))
        .containsExactly("Thủ tục 1.004567, dòng 3: số thứ tự bước phải là 2 hoặc 3 (các bước đánh số liên tục từ 1,"
            + " dòng của một bước đứng liền nhau), không phải 1.");
  }

  @Test
  void everyPerformerExists() {
    assertThat(problems(List.of(row(1, "phong-khong-co", CHU_TRI, "4"), row(2, "ngoai:bo-khac", CHU_TRI, "4"))))
        .containsExactly(
            "Thủ tục 1.004567, dòng 1: đơn vị thực hiện 'phong-khong-co' không có trong tệp tổ chức hay danh sách cơ quan bên ngoài.",
            "Thủ tục 1.004567, dòng 2: đơn vị thực hiện 'ngoai:bo-khac' không có trong tệp tổ chức hay danh sách cơ quan bên ngoài.");
  }

  @Test
  void eachStepHasOneLeadWhoseHoursBoundTheOthers() {
    assertThat(problems(List.of(row(1, UNIT, PHOI_HOP, "4"))))
        .containsExactly("Thủ tục 1.004567, bước 1: phải có đúng một đơn vị chủ trì (đang có 0).");
    assertThat(problems(List.of(row(1, UNIT, CHU_TRI, "4"), row(1, "van-phong-so", CHU_TRI, "4"))))
        .containsExactly("Thủ tục 1.004567, bước 1: phải có đúng một đơn vị chủ trì (đang có 2).");
    assertThat(problems(List.of(row(1, UNIT, CHU_TRI, "4"), row(1, "van-phong-so", PHOI_HOP, "6"))))
        .containsExactly("Thủ tục 1.004567, bước 1: đơn vị van-phong-so được giao 6 giờ, nhiều hơn thời gian của bước"
            + " (4 giờ của đơn vị chủ trì).");
  }

  @Test
  void missingWorkRoleAndHoursAreNamedByRow() {
    Step empty = new Step(CODE, 1, " ", null, null, BigDecimal.ZERO, null);
    assertThat(problems(List.of(empty)))
        .containsExactly(
            "Thủ tục 1.004567, dòng 1: chưa nhập nội dung công việc.",
            "Thủ tục 1.004567, dòng 1: chưa chọn đơn vị thực hiện.",
            "Thủ tục 1.004567, dòng 1: chưa chọn vai trò ('chủ trì', 'phối hợp', 'tham gia ý kiến').",
            "Thủ tục 1.004567, dòng 1: số giờ làm việc phải lớn hơn 0.",
            "Thủ tục 1.004567, bước 1: phải có đúng một đơn vị chủ trì (đang có 0).");
  }

  @Test
  void theTthcIsInTheCatalogueAndOwnedByTheDraftingUnit() {
    assertThat(rules.problems("9.999999", null, UNIT, List.of(row(1, UNIT, CHU_TRI, "4"))))
        .containsExactly("Thủ tục '9.999999' không có trong danh mục thủ tục hành chính.");
    assertThat(rules.problems(CODE, tthc(5.0, ResolutionUnit.NGAY_LAM_VIEC), "phong-bcvt-cds", List.of(row(1, UNIT, CHU_TRI, "4"))))
        .containsExactly("Thủ tục 1.004567 không do đơn vị soạn thảo quản lý (đơn vị quản lý: phong-quan-ly-khoa-hoc).");
    assertThat(problems(List.of())).containsExactly("Quy trình nội bộ của thủ tục 1.004567 chưa có bước nào.");
  }

  @Test
  void rowsAreReadAsTheDynamicListSubmitsThem() {
    List<Step> steps = StepRows.parse("[{\"maTthc\":\"1.004567\",\"thuTu\":1,\"congViec\":\"Tiếp nhận\","
        + "\"donViThucHien\":\"van-phong-so\",\"vaiTro\":\"chu-tri\",\"soGio\":4,\"ketQua\":\"Phiếu\"},"
        + "{\"thuTu\":2,\"vaiTro\":\"khac\",\"soGio\":\"2.5\"}]");
    assertThat(steps).containsExactly(
        new Step(CODE, 1, "Tiếp nhận", "van-phong-so", CHU_TRI, new BigDecimal("4"), "Phiếu"),
        new Step(null, 2, null, null, null, new BigDecimal("2.5"), null));
    assertThat(StepRows.parse(StepRows.toJson(steps.subList(0, 1)))).isEqualTo(steps.subList(0, 1));
    assertThat(StepRows.parse(null)).isEmpty();
  }

  /** The drafting form lists the outside bodies after the organisation's units (UnitChoices). */
  @Test
  void theFormsOfferEveryOutsideBody() throws IOException {
    for (String form : List.of("phe-duyet-quy-trinh-noi-bo/soan-thao.form", "phe-duyet-quy-trinh-noi-bo/gop-y-cap-xa.form",
        "phe-duyet-quy-trinh-noi-bo/kiem-tra.form", "phe-duyet-quy-trinh-noi-bo/phe-duyet.form",
        "cap-nhat-quy-trinh-dien-tu/cap-nhat.form")) {
      JsonNode performer = null;
      for (JsonNode field : new ObjectMapper().readTree(Files.readString(Path.of("forms", form))).findParents("key")) {
        if (StepRows.DON_VI_THUC_HIEN.equals(field.path("key").asText())) {
          performer = field;
        }
      }
      assertThat(performer).as(form).isNotNull();
      assertThat(performer.path("properties").path("kstthc.loai").asText()).as(form).isEqualTo("don-vi");
      assertThat(performer.path("values").findValuesAsText("value")).as(form)
          .containsExactlyElementsOf(Arrays.stream(OutsideBody.values()).map(OutsideBody::code).toList());
      assertThat(performer.path("values").findValuesAsText("label")).as(form)
          .containsExactlyElementsOf(Arrays.stream(OutsideBody.values()).map(OutsideBody::label).toList());
    }
  }
}
