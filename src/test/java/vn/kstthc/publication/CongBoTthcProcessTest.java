package vn.kstthc.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.kstthc.publication.CongBoTthcProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.kstthc.catalogue.CatalogueException;
import vn.kstthc.catalogue.CatalogueProblem;
import vn.kstthc.catalogue.CatalogueService;
import vn.kstthc.catalogue.PublicationDecision;
import vn.kstthc.platform.ProcessTests;

@Deployment(
    resources = {
      "processes/cong-bo-tthc.bpmn",
      "processes/cong-khai-tthc.bpmn",
      "forms/cong-bo-tthc/khoi-tao.form",
      "forms/cong-bo-tthc/du-thao.form",
      "forms/cong-bo-tthc/y-kien-xa.form",
      "forms/cong-bo-tthc/tiep-thu.form",
      "forms/cong-bo-tthc/kiem-soat-so.form",
      "forms/cong-bo-tthc/ky-to-trinh.form",
      "forms/cong-bo-tthc/kiem-soat-tinh.form",
      "forms/cong-bo-tthc/ky-quyet-dinh.form",
      "forms/cong-bo-tthc/doi-chieu-danh-muc.form",
      "forms/cong-khai-tthc/csdl-quoc-gia.form",
      "forms/cong-khai-tthc/cong-tinh.form",
      "forms/cong-khai-tthc/cong-so.form",
      "forms/cong-khai-tthc/niem-yet.form"
    })
class CongBoTthcProcessTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  static final String UNIT = "phong-quan-ly-khoa-hoc";
  static final String COMMUNE = "ubnd-xa-dak-koi";
  static final String LIST = "[{\"maTthc\":\"1.009999\",\"tenTthc\":\"Cấp giấy chứng nhận mới\",\"loaiThayDoi\":\"moi\","
      + "\"linhVuc\":\"Khoa học\",\"capThucHien\":\"tinh\",\"dichVuCong\":\"toan-trinh\"},"
      + "{\"maTthc\":\"1.000001\",\"tenTthc\":\"Thủ tục cũ\",\"loaiThayDoi\":\"bai-bo\"}]";

  static final String SUMMARY = "1.009999 – mới – Cấp giấy chứng nhận mới\n1.000001 – bãi bỏ – Thủ tục cũ";

  PublicationBeans beans;

  @BeforeEach
  void beans() {
    beans = new PublicationBeans().register(engine);
  }

  /** Learned Thu 03/12/2026; the TTHC take effect Fri 15/01/2027 (-5 = Sun 10/01: the chair signs by Fri 08/01). */
  private ProcessInstance start(String type, boolean internal) {
    return start(type, internal, "2026-12-01", "2027-01-15");
  }

  private ProcessInstance start(String type, boolean internal, String issuedOn, String effectiveOn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TIEU_DE.name(), "Công bố TTHC theo Quyết định 123/QĐ-BKHCN");
    variables.put(LOAI_QUYET_DINH.name(), type);
    variables.put(LOAI_VAN_BAN_NGUON.name(), NGUON_QUYET_DINH_BO);
    variables.put(SO_VAN_BAN_NGUON.name(), "123/QĐ-BKHCN");
    variables.put(NGAY_BAN_HANH_VAN_BAN.name(), issuedOn);
    variables.put(NGAY_CO_HIEU_LUC.name(), effectiveOn);
    variables.put(NGAY_BIET_VAN_BAN.name(), "2026-12-03");
    variables.put(TTHC_NOI_BO.name(), internal);
    variables.put(DON_VI_SOAN_THAO.name(), UNIT);
    return runtimeService().startProcessInstanceByKey(KEY, variables);
  }

  private void draft(ProcessInstance instance, boolean consult) {
    assertThat(instance).isWaitingAt(TASK_DRAFT);
    Map<String, Object> variables = withVariables(
        DANH_SACH_TTHC, Spin.JSON(LIST), DU_THAO.name(), "Tờ trình, dự thảo Quyết định", LAY_Y_KIEN_XA.name(), consult);
    if (consult) {
      variables.put(HAN_GOP_Y_XA.name(), "2026-12-04"); // at the latest the Sở's own deadline
    }
    complete(task(instance), variables);
  }

  private static Map<String, Object> accepted() {
    return withVariables(KET_QUA_KIEM_TRA.name(), DAT);
  }

  private static Map<String, Object> returned(String reason) {
    return withVariables(KET_QUA_KIEM_TRA.name(), TRA_LAI, LY_DO_TRA_LAI.name(), reason);
  }

  private void checkAndSign(ProcessInstance instance) {
    complete(task(instance), accepted());
    assertThat(instance).isWaitingAt(TASK_SIGN_SUBMISSION);
    complete(task(instance), withVariables(KET_QUA_KIEM_TRA.name(), DAT, SO_TO_TRINH.name(), "45/TTr-SKHCN"));
    assertThat(instance).isWaitingAt(TASK_PROVINCE_CHECK);
    complete(task(instance), accepted());
    assertThat(instance).isWaitingAt(TASK_CHAIR_SIGNS);
  }

  /** The chair signs; the signature is saved on its own, what follows runs as jobs. */
  private void chairSigns(ProcessInstance instance) {
    complete(task(instance), withVariables(KET_QUA_KIEM_TRA.name(), DAT, SO_QUYET_DINH.name(), "789/QĐ-UBND",
        NGAY_KY.name(), "2027-01-05"));
    assertThat(instance).hasPassed(TASK_CHAIR_SIGNS).isWaitingAt(SERVICE_RECORD_DECISION);
    runJobs(instance);
  }

  /** The instance's jobs, as the job executor would run them (in this thread, as its user). */
  private static void runJobs(ProcessInstance instance) {
    List<Job> jobs;
    while (!(jobs = managementService().createJobQuery().processInstanceId(instance.getId()).executable().list()).isEmpty()) {
      jobs.forEach(job -> managementService().executeJob(job.getId()));
    }
  }

  /** What the task's form is filled with in Tasklist. */
  private static Map<String, Object> taskVariables(ProcessInstance instance) {
    return taskService().getVariables(task(instance).getId());
  }

  @Test
  void aTthcDecisionGoesThroughEveryDeskAndStartsMakingItPublic() {
    ProcessInstance instance = start(LOAI_CONG_BO_TTHC, false);

    assertThat(instance).variables()
        .containsEntry(HAN_XU_LY_HO_SO.name(), "2027-01-08")
        .containsEntry(HAN_TRINH_CUA_SO.name(), "2026-12-04");
    assertThat(task(instance)).hasCandidateGroup(UNIT);
    assertThat(task(instance).getDueDate()).isEqualTo(endOfOfficeDay(LocalDate.of(2026, 12, 4)));
    draft(instance, false);

    assertThat(instance).isWaitingAt(TASK_QUALITY_CHECK);
    assertThat(instance).variables().containsEntry(TOM_TAT_TTHC.name(), SUMMARY);
    assertThat(task(instance)).hasCandidateGroup("van-phong-so");
    assertThat(task(instance).getDueDate()).isEqualTo(endOfOfficeDay(LocalDate.of(2026, 12, 4)));
    complete(task(instance), accepted());
    assertThat(task(instance)).hasCandidateGroup("lanh-dao-so");
    assertThat(task(instance).getDueDate()).isEqualTo(endOfOfficeDay(LocalDate.of(2026, 12, 4)));
    complete(task(instance), withVariables(KET_QUA_KIEM_TRA.name(), DAT, SO_TO_TRINH.name(), "45/TTr-SKHCN"));
    assertThat(task(instance)).hasCandidateGroup("vp-ubnd-tinh");
    assertThat(task(instance).getDueDate()).isEqualTo(endOfOfficeDay(LocalDate.of(2027, 1, 8)));
    complete(task(instance), accepted());
    assertThat(task(instance)).hasCandidateGroup("chu-tich-ubnd-tinh");
    assertThat(task(instance).getDueDate()).isEqualTo(endOfOfficeDay(LocalDate.of(2027, 1, 8)));
    chairSigns(instance);

    assertThat(instance).hasPassedInOrder(START_EVENT, TASK_DRAFT, SERVICE_CHECK_LIST, GATEWAY_CONSULT, TASK_QUALITY_CHECK,
        TASK_SIGN_SUBMISSION, TASK_PROVINCE_CHECK, TASK_CHAIR_SIGNS, SERVICE_RECORD_DECISION,
        SERVICE_START_PUBLICITY, END_EVENT);
    assertThat(instance).isEnded();
    assertThat(beans.decisions).hasSize(1);
    assertThat(beans.decisions.get(0)).containsEntry(SO_QUYET_DINH.name(), "789/QĐ-UBND");

    ProcessInstance publicity = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(CongKhaiTthcProcess.KEY).singleResult();
    assertThat(publicity).isWaitingAt(CongKhaiTthcProcess.TASK_NATIONAL_DATABASE, CongKhaiTthcProcess.TASK_POST_AT_OFFICE);
    assertThat(publicity).variables()
        .containsEntry(CongKhaiTthcProcess.SO_QUYET_DINH.name(), "789/QĐ-UBND")
        .containsEntry(CongKhaiTthcProcess.NGAY_KY.name(), "2027-01-05")
        .containsEntry(CongKhaiTthcProcess.MA_QUYET_DINH.name(), "quyet-dinh-1")
        .containsEntry(CongKhaiTthcProcess.MA_TTHC_CAN_QUY_TRINH.name(), "1.009999")
        .containsEntry(CongKhaiTthcProcess.DANH_SACH_TTHC.name(), SUMMARY);
  }

  @Test
  void aListDecisionGivesTheSoThreeWorkingDays() {
    ProcessInstance instance = start(LOAI_CONG_BO_DANH_MUC, false);

    // Thu 03/12 + 3 working days, over the weekend: Tue 08/12
    assertThat(instance).variables().containsEntry(HAN_TRINH_CUA_SO.name(), "2026-12-08");
    assertThat(task(instance).getDueDate()).isEqualTo(endOfOfficeDay(LocalDate.of(2026, 12, 8)));
  }

  @Test
  void aDocumentInForceFromItsSignatureGivesTheChairThreeWorkingDays() {
    // issued and in force Thu 03/12/2026, learned the same day: the chair signs by Tue 08/12
    ProcessInstance instance = start(LOAI_CONG_BO_TTHC, false, "2026-12-03", "2026-12-03");

    assertThat(instance).variables()
        .containsEntry(HAN_XU_LY_HO_SO.name(), "2026-12-08")
        .containsEntry(HAN_TRINH_CUA_SO.name(), "2026-12-04");
  }

  @Test
  void eachCheckerReturnsWithAReasonToTheStepThatRedoesIt() {
    ProcessInstance instance = start(LOAI_CONG_BO_TTHC, false);
    draft(instance, false);

    complete(task(instance), returned("Thiếu căn cứ pháp lý"));
    assertThat(instance).isWaitingAt(TASK_DRAFT);
    assertThat(task(instance)).hasCandidateGroup(UNIT);
    assertThat(instance).variables().containsEntry(LY_DO_TRA_LAI.name(), "Thiếu căn cứ pháp lý");
    draft(instance, false);

    complete(task(instance), accepted());
    complete(task(instance), returned("Sai tên thủ tục"));
    assertThat(instance).isWaitingAt(TASK_DRAFT);
    assertThat(instance).variables().containsEntry(LY_DO_TRA_LAI.name(), "Sai tên thủ tục");
    draft(instance, false);

    complete(task(instance), accepted());
    complete(task(instance), withVariables(KET_QUA_KIEM_TRA.name(), DAT, SO_TO_TRINH.name(), "45/TTr-SKHCN"));
    complete(task(instance), returned("Chưa thống nhất với Bộ"));
    assertThat(instance).isWaitingAt(TASK_DRAFT);
    assertThat(instance).variables().containsEntry(LY_DO_TRA_LAI.name(), "Chưa thống nhất với Bộ");
    draft(instance, false);
    // Each check opens again with no decision and no reason chosen (Tasklist fills a form from
    // the case's variables of the same name: the marked fields of its form are taken out).
    assertThat(instance).isWaitingAt(TASK_QUALITY_CHECK);
    assertThat(taskVariables(instance)).doesNotContainKeys(KET_QUA_KIEM_TRA.name(), LY_DO_TRA_LAI.name());
    checkAndSign(instance);

    complete(task(instance), withVariables(KET_QUA_KIEM_TRA.name(), TRA_LAI,
        LY_DO_CHU_TICH_TRA_LAI.name(), "Bổ sung ý kiến Sở Tư pháp"));
    assertThat(instance).isWaitingAt(TASK_PROVINCE_CHECK);
    assertThat(instance).variables().containsEntry(LY_DO_CHU_TICH_TRA_LAI.name(), "Bổ sung ý kiến Sở Tư pháp");
    assertThat(taskVariables(instance)).doesNotContainKey(KET_QUA_KIEM_TRA.name())
        .containsEntry(LY_DO_CHU_TICH_TRA_LAI.name(), "Bổ sung ý kiến Sở Tư pháp");
    complete(task(instance), accepted());
    assertThat(taskVariables(instance)).doesNotContainKeys(KET_QUA_KIEM_TRA.name(), LY_DO_CHU_TICH_TRA_LAI.name());
    chairSigns(instance);
    assertThat(instance).isEnded();
    assertThat(beans.decisions).hasSize(1);
  }

  @Test
  void aListThatDoesNotFitTheCatalogueGoesBackToTheDraftingUnitAtOnce() {
    ProcessInstance instance = start(LOAI_CONG_BO_TTHC, false);
    beans.mismatch = "Danh sách TTHC chưa khớp với danh mục: Dòng 1, cột 'Mã TTHC': TTHC 1.009999 đã có trong danh mục";
    draft(instance, false);

    assertThat(instance).hasPassed(ERROR_LIST_MISMATCH).isWaitingAt(TASK_DRAFT);
    assertThat(task(instance)).hasCandidateGroup(UNIT);
    assertThat(instance).variables().containsEntry(LY_DO_TRA_LAI.name(),
        "Danh sách TTHC chưa khớp với danh mục: Dòng 1, cột 'Mã TTHC': TTHC 1.009999 đã có trong danh mục");
    draft(instance, false);
    assertThat(instance).isWaitingAt(TASK_QUALITY_CHECK);
  }

  @Test
  void aCommuneThatAnswersIsHeardByTheDraftingUnit() {
    ProcessInstance instance = start(LOAI_CONG_BO_TTHC, false);
    draft(instance, true);

    assertThat(instance).isWaitingAt(TASK_COMMUNE_OPINION);
    assertThat(task(instance)).hasCandidateGroup(COMMUNE);
    assertThat(task(instance).getDueDate()).isEqualTo(endOfOfficeDay(LocalDate.of(2026, 12, 4)));
    complete(task(instance), withVariables(Y_KIEN_XA.name(), "Đề nghị rút ngắn thời hạn"));

    assertThat(instance).isWaitingAt(TASK_INCORPORATE);
    assertThat(task(instance)).hasCandidateGroup(UNIT);
    assertThat(instance).variables().containsEntry(Y_KIEN_CAC_XA.name(), COMMUNE + ": Đề nghị rút ngắn thời hạn")
        .doesNotContainKey(Y_KIEN_XA.name());
    complete(task(instance), withVariables(TIEP_THU_Y_KIEN.name(), "Đã tiếp thu"));
    assertThat(instance).isWaitingAt(TASK_QUALITY_CHECK);
  }

  @Test
  void aCommuneSilentPastItsDeadlineHasNoOpinionAndBlocksNothing() {
    ProcessInstance instance = start(LOAI_CONG_BO_TTHC, false);
    draft(instance, true);
    assertThat(instance).isWaitingAt(TASK_COMMUNE_OPINION);
    assertThat(job()).hasDueDate(endOfOfficeDay(LocalDate.of(2026, 12, 4)));

    execute(job());

    assertThat(instance).hasPassed(TIMER_NO_OPINION).isWaitingAt(TASK_INCORPORATE);
    assertThat(instance).variables().containsEntry(Y_KIEN_CAC_XA.name(), COMMUNE + ": " + KHONG_CO_Y_KIEN);
  }

  @Test
  void anInternalTthcDecisionIsPublishedTheSameWay() {
    ProcessInstance instance = start(LOAI_CONG_BO_TTHC, true);
    draft(instance, false);
    checkAndSign(instance);
    chairSigns(instance);

    assertThat(instance).isEnded();
    assertThat(beans.decisions.get(0)).containsEntry(TTHC_NOI_BO.name(), true);
    ProcessInstance publicity = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(CongKhaiTthcProcess.KEY).singleResult();
    assertThat(publicity).isWaitingAt(CongKhaiTthcProcess.TASK_NATIONAL_DATABASE);
    assertThat(publicity).variables().containsEntry(CongKhaiTthcProcess.TTHC_NOI_BO.name(), true);
  }

  @Test
  void aDecisionTheCatalogueRefusesAtSigningGoesToTheOfficeWithTheReasonAndTheSignatureStays() {
    CatalogueService catalogue = mock(CatalogueService.class);
    when(catalogue.applyDecision(any(), any(), any()))
        .thenThrow(new CatalogueException("Không ghi nhận được quyết định 789/QĐ-UBND.", List.of(
            new CatalogueProblem(1, "Mã TTHC", "TTHC 1.009999 đã có trong danh mục, không thể công bố mới."))))
        .thenReturn(new PublicationDecision("quyet-dinh-9", "789/QĐ-UBND", null, null, null, null, null, null, null,
            null, "ct.phuc", List.of()));
    Mocks.register("ghiNhanQuyetDinhCongBo", new DecisionRecorder(catalogue));
    ProcessInstance instance = start(LOAI_CONG_BO_TTHC, false);
    draft(instance, false);
    checkAndSign(instance);

    identityService().setAuthenticatedUserId("ct.phuc");
    try {
      chairSigns(instance);
    } finally {
      identityService().clearAuthentication();
    }

    assertThat(instance).hasPassed(TASK_CHAIR_SIGNS, ERROR_CATALOGUE_REFUSED).isWaitingAt(TASK_RECONCILE_CATALOGUE);
    assertThat(task(instance)).hasCandidateGroup("van-phong-so");
    assertThat(instance).variables()
        .containsEntry(SO_QUYET_DINH.name(), "789/QĐ-UBND")
        .containsEntry(NGUOI_KY_QUYET_DINH.name(), "ct.phuc")
        .containsEntry(LY_DO_DANH_MUC_TU_CHOI.name(), "Không ghi nhận được quyết định 789/QĐ-UBND."
            + " Dòng 1, cột 'Mã TTHC': TTHC 1.009999 đã có trong danh mục, không thể công bố mới.");

    complete(task(instance), withVariables(GHI_CHU_DOI_CHIEU.name(), "Đã sửa mã TTHC trong danh mục"));
    assertThat(instance).isWaitingAt(SERVICE_RECORD_DECISION);
    runJobs(instance);
    assertThat(instance).isEnded();
    verify(catalogue, times(2)).applyDecision(any(), any(), eq("ct.phuc"));
    assertThat(instance).variables().containsEntry(MA_QUYET_DINH.name(), "quyet-dinh-9");
  }

  @Test
  void thePublicityStartedAtTheSignatureIsNotTheChairsCase() {
    ProcessInstance instance = start(LOAI_CONG_BO_TTHC, false);
    draft(instance, false);
    checkAndSign(instance);

    // as the chair, even for the jobs (run in this thread): a delegate's start must not record them
    identityService().setAuthenticatedUserId("ct.phuc");
    try {
      chairSigns(instance);
    } finally {
      identityService().clearAuthentication();
    }

    assertThat(instance).isEnded();
    HistoricProcessInstance publicity = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CongKhaiTthcProcess.KEY).singleResult();
    assertThat(publicity.getStartUserId()).isNull();
    assertThat(historyService().createHistoricProcessInstanceQuery().startedBy("ct.phuc").count()).isZero();
  }

  /** A date means the end of office hours (17:30) that day. */
  static Date endOfOfficeDay(LocalDate date) {
    return Date.from(date.atTime(17, 30).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
  }
}
