package vn.kstthc.internalprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static vn.kstthc.internalprocess.PheDuyetQuyTrinhNoiBoProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.kstthc.platform.ProcessTests;

@Deployment(
    resources = {
      "processes/phe-duyet-quy-trinh-noi-bo.bpmn",
      "forms/phe-duyet-quy-trinh-noi-bo/khoi-tao.form",
      "forms/phe-duyet-quy-trinh-noi-bo/soan-thao.form",
      "forms/phe-duyet-quy-trinh-noi-bo/gop-y-cap-xa.form",
      "forms/phe-duyet-quy-trinh-noi-bo/kiem-tra.form",
      "forms/phe-duyet-quy-trinh-noi-bo/phe-duyet.form",
      "processes/cap-nhat-quy-trinh-dien-tu.bpmn",
      "forms/cap-nhat-quy-trinh-dien-tu/cap-nhat.form"
    })
class PheDuyetQuyTrinhNoiBoProcessTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private static final String KHOA_HOC = "phong-quan-ly-khoa-hoc";
  private static final String CDS = "phong-bcvt-cds";
  private static final String XA = "ubnd-xa-dak-koi";
  private static final String COMMUNE_NAME = "UBND xã Đăk Kôi";
  private static final Date DOSSIER_DEADLINE =
      Date.from(LocalDate.of(2099, 1, 15).atTime(17, 30).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());

  private final InternalProcessService service = mock(InternalProcessService.class);
  private final List<String> deadlinesSet = new ArrayList<>();

  @BeforeEach
  void beans() {
    Mocks.register("quyTrinhNoiBo", new ApprovalSteps(service));
    Mocks.register("datHanXuLyHoSo", (org.camunda.bpm.engine.delegate.JavaDelegate)
        execution -> deadlinesSet.add((String) execution.getVariable("han")));
    // the follow-up's dossier deadline, which the application's listener sets at its start
    Mocks.register("hanXuLyHoSo", DOSSIER_DEADLINE);
    when(service.problems(any(), anyString())).thenReturn(List.of());
    Group commune = identityService().newGroup(XA);
    commune.setName(COMMUNE_NAME);
    identityService().saveGroup(commune);
  }

  @AfterEach
  void noBeans() {
    Mocks.reset();
    identityService().deleteGroup(XA);
  }

  private ProcessInstance start(boolean communes, String... units) {
    Map<String, Object> variables = new HashMap<>(startVariables(
        "Quy trình nội bộ theo Quyết định 123/QĐ-UBND", "123/QĐ-UBND", "2099-01-02", "1.004567, 2.000001",
        List.of(units), communes));
    // set by the application's listener from the property hanXuLyHoSo when the dossier starts
    variables.put("hanXuLyHoSo", DOSSIER_DEADLINE);
    return runtimeService().startProcessInstanceByKey(KEY, variables);
  }

  private static String rows(String code, String performer) {
    return "[{\"maTthc\":\"" + code + "\",\"thuTu\":1,\"congViec\":\"Tiếp nhận hồ sơ\",\"donViThucHien\":\"" + performer
        + "\",\"vaiTro\":\"chu-tri\",\"soGio\":4,\"ketQua\":\"Phiếu tiếp nhận\"}]";
  }

  private static Task taskOf(ProcessInstance instance, String group) {
    return taskQuery().processInstanceId(instance.getId()).taskCandidateGroup(group).singleResult();
  }

  private static void draft(ProcessInstance instance, String unit, String code) {
    Task task = taskOf(instance, unit);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(TASK_DRAFT);
    taskService().complete(task.getId(), Map.of(BUOC_XU_LY, Spin.JSON(rows(code, unit))));
  }

  private static void conclude(ProcessInstance instance, String task, String conclusion, String reason) {
    assertThat(instance).isWaitingAt(task);
    // every level, every time, opens without a conclusion or a reason chosen
    assertThat(taskService().getVariables(task(instance).getId()))
        .containsEntry(KET_LUAN.name(), null).containsEntry(LY_DO_TRA_LAI.name(), null);
    Map<String, Object> variables = new HashMap<>(Map.of(KET_LUAN.name(), conclusion));
    if (reason != null) {
      variables.put(LY_DO_TRA_LAI.name(), reason);
    }
    complete(task(instance), variables);
  }

  private static void approve(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(TASK_APPROVE_CHAIR);
    complete(task(instance), Map.of(KET_LUAN.name(), KET_LUAN_DAT,
        SO_QUYET_DINH_PHE_DUYET.name(), "456/QĐ-UBND", NGAY_PHE_DUYET.name(), "2099-01-12"));
  }

  @Test
  void oneUnitDraftsAndEveryLevelAgreesUntilTheChairApproves() {
    ProcessInstance instance = start(false, KHOA_HOC);

    assertThat(instance).isWaitingAt(TASK_DRAFT);
    assertThat(task(instance)).hasCandidateGroup(KHOA_HOC);
    assertThat(task(instance).getDueDate()).isBefore(DOSSIER_DEADLINE);
    draft(instance, KHOA_HOC, "1.004567");
    verify(service).problems(StepRows.parse(rows("1.004567", KHOA_HOC)), KHOA_HOC);

    assertThat(instance).isWaitingAt(TASK_CHECK_OFFICE);
    assertThat(task(instance)).hasCandidateGroup("van-phong-so");
    assertThat(Spin.JSON(runtimeService().getVariable(instance.getId(), BUOC_XU_LY_TONG_HOP).toString())
            .elements().get(0).prop(DON_VI_SOAN_THAO_COT).stringValue())
        .isEqualTo(KHOA_HOC);
    conclude(instance, TASK_CHECK_OFFICE, KET_LUAN_DAT, null);
    assertThat(task(instance)).hasCandidateGroup("lanh-dao-so");
    conclude(instance, TASK_REVIEW_DIRECTOR, KET_LUAN_DAT, null);
    assertThat(task(instance)).hasCandidateGroup("vp-ubnd-tinh");
    conclude(instance, TASK_REVIEW_PROVINCE_OFFICE, KET_LUAN_DAT, null);
    assertThat(task(instance)).hasCandidateGroup("chu-tich-ubnd-tinh");
    assertThat(task(instance).getDueDate()).isEqualTo(DOSSIER_DEADLINE);
    approve(instance);

    verify(service).approve(eq(StepRows.parse(rows("1.004567", KHOA_HOC))), eq("456/QĐ-UBND"),
        eq(LocalDate.of(2099, 1, 12)), eq("123/QĐ-UBND"), eq(instance.getId()), eq("quy-trinh:" + KEY));
    assertThat(instance).hasPassed(TASK_RECORD_APPROVAL).hasNotPassed(TASK_SET_15_DAYS, SUBPROCESS_COMMUNE).isEnded();
    assertThat(deadlinesSet).isEmpty();
  }

  @Test
  void approvalStartsTheElectronicProcessFollowUpWithItsOwnClock() {
    ProcessInstance instance = start(false, KHOA_HOC);
    draft(instance, KHOA_HOC, "1.004567");
    conclude(instance, TASK_CHECK_OFFICE, KET_LUAN_DAT, null);
    conclude(instance, TASK_REVIEW_DIRECTOR, KET_LUAN_DAT, null);
    conclude(instance, TASK_REVIEW_PROVINCE_OFFICE, KET_LUAN_DAT, null);
    approve(instance);
    assertThat(instance).isEnded();

    ProcessInstance followUp = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(CapNhatQuyTrinhDienTuProcess.KEY).singleResult();
    assertThat(followUp).isWaitingAt(CapNhatQuyTrinhDienTuProcess.TASK_CONFIGURE);
    assertThat(task(followUp)).hasCandidateGroup(CDS);
    assertThat(followUp).variables()
        .containsEntry(MA_TTHC.name(), "1.004567")
        .containsEntry(SO_QUYET_DINH_PHE_DUYET.name(), "456/QĐ-UBND")
        .containsEntry(NGAY_PHE_DUYET.name(), "2099-01-12");
    assertThat(StepRows.parse(runtimeService().getVariable(followUp.getId(), BUOC_XU_LY_TONG_HOP)))
        .isEqualTo(StepRows.parse(rows("1.004567", KHOA_HOC)));
    complete(task(followUp), Map.of(CapNhatQuyTrinhDienTuProcess.KET_QUA_CAP_NHAT.name(), "Quy trình điện tử QT-1.004567",
        CapNhatQuyTrinhDienTuProcess.NGAY_CAP_NHAT.name(), "2099-01-16"));
    assertThat(followUp).isEnded();
  }

  @Test
  void theFollowUpHasFiveWorkingDaysFromTheApproval() {
    Map<String, String> properties = properties(CapNhatQuyTrinhDienTuProcess.KEY);
    assertThat(properties).containsEntry("hanXuLyHoSo", "P5D").containsEntry("hanXuLyTinhTu", NGAY_PHE_DUYET.name());
  }

  @Test
  void severalUnitsDraftInParallelAndTheirRowsAreApprovedTogether() {
    ProcessInstance instance = start(false, KHOA_HOC, CDS);

    assertThat(taskQuery().processInstanceId(instance.getId()).count()).isEqualTo(2);
    draft(instance, CDS, "2.000001");
    assertThat(instance).isWaitingAt(TASK_DRAFT);
    draft(instance, KHOA_HOC, "1.004567");
    conclude(instance, TASK_CHECK_OFFICE, KET_LUAN_DAT, null);
    conclude(instance, TASK_REVIEW_DIRECTOR, KET_LUAN_DAT, null);
    conclude(instance, TASK_REVIEW_PROVINCE_OFFICE, KET_LUAN_DAT, null);
    approve(instance);

    List<Step> both = new ArrayList<>(StepRows.parse(rows("2.000001", CDS)));
    both.addAll(StepRows.parse(rows("1.004567", KHOA_HOC)));
    verify(service).approve(eq(both), any(), any(), any(), any(), any());
    assertThat(instance).isEnded();
  }

  @Test
  void aDraftThatBreaksTheRulesIsRefusedWithTheirMessages() {
    when(service.problems(any(), eq(KHOA_HOC)))
        .thenReturn(List.of("Thủ tục 1.004567, bước 1: phải có đúng một đơn vị chủ trì (đang có 0)."));
    ProcessInstance instance = start(false, KHOA_HOC);

    assertThatThrownBy(() -> draft(instance, KHOA_HOC, "1.004567"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("phải có đúng một đơn vị chủ trì");
    assertThat(instance).isWaitingAt(TASK_DRAFT);
    assertThat(runtimeService().getVariable(instance.getId(), BUOC_XU_LY_TONG_HOP)).isNull();
  }

  @Test
  void communesCoDraftTheUnitCompletesItsDraftWithTheirOpinionsAndTheDossierHasFifteenDays() {
    ProcessInstance instance = start(true, KHOA_HOC);

    assertThat(deadlinesSet).containsExactly("P15D");
    Date firstDraftDue = taskOf(instance, KHOA_HOC).getDueDate();
    draft(instance, KHOA_HOC, "1.004567");
    assertThat(instance).isWaitingAt(TASK_COMMUNE_OPINION);
    Task opinion = taskOf(instance, XA);
    assertThat(opinion.getDueDate()).isNotNull();
    taskService().complete(opinion.getId(), Map.of(Y_KIEN_CAP_XA.name(), "Thống nhất, đề nghị bổ sung bước trả kết quả tại xã"));

    // seed 003 C.II.12: communes take part in building it, so their proposals go back to the unit
    assertThat(instance).isWaitingAt(TASK_DRAFT);
    Task complete = taskOf(instance, KHOA_HOC);
    assertThat(taskService().getVariable(complete.getId(), Y_KIEN_CAC_XA.name()))
        .isEqualTo(COMMUNE_NAME + ": Thống nhất, đề nghị bổ sung bước trả kết quả tại xã");
    assertThat(StepRows.parse(taskService().getVariable(complete.getId(), BUOC_XU_LY)))
        .isEqualTo(StepRows.parse(rows("1.004567", KHOA_HOC)));
    assertThat(complete.getDueDate()).as("2 working days, not 4").isBefore(firstDraftDue);
    draft(instance, KHOA_HOC, "1.004567");
    assertThat(instance).isWaitingAt(TASK_CHECK_OFFICE);
  }

  @Test
  void aCommuneThatDoesNotAnswerInTimeIsRecordedAsHavingNoOpinion() {
    ProcessInstance instance = start(true, KHOA_HOC);
    draft(instance, KHOA_HOC, "1.004567");

    assertThat(instance).isWaitingAt(TASK_COMMUNE_OPINION);
    execute(job(TIMER_COMMUNE_DEADLINE, instance));

    assertThat(instance).hasPassed(END_COMMUNE_SILENT).isWaitingAt(TASK_DRAFT);
    assertThat(runtimeService().getVariable(instance.getId(), Y_KIEN_CAC_XA.name())).isEqualTo(COMMUNE_NAME + ": " + KHONG_CO_Y_KIEN);
    draft(instance, KHOA_HOC, "1.004567");
    assertThat(instance).isWaitingAt(TASK_CHECK_OFFICE);
  }

  @Test
  void eachCheckReturnsTheDraftWithItsReasonAndTheUnitFindsItsRowsAgain() {
    ProcessInstance instance = start(true, KHOA_HOC);
    draft(instance, KHOA_HOC, "1.004567");
    taskService().complete(taskOf(instance, XA).getId(), Map.of(Y_KIEN_CAP_XA.name(), "Thống nhất"));
    draft(instance, KHOA_HOC, "1.004567");

    record Return(List<String> agreeing, String returning, String by) {}
    List<Return> returns = List.of(
        new Return(List.of(), TASK_CHECK_OFFICE, "Văn phòng Sở"),
        new Return(List.of(TASK_CHECK_OFFICE), TASK_REVIEW_DIRECTOR, "Lãnh đạo Sở"),
        new Return(List.of(TASK_CHECK_OFFICE, TASK_REVIEW_DIRECTOR), TASK_REVIEW_PROVINCE_OFFICE, "Văn phòng UBND tỉnh"),
        new Return(List.of(TASK_CHECK_OFFICE, TASK_REVIEW_DIRECTOR, TASK_REVIEW_PROVINCE_OFFICE), TASK_APPROVE_CHAIR,
            "Chủ tịch UBND tỉnh"));
    for (Return back : returns) {
      back.agreeing().forEach(level -> conclude(instance, level, KET_LUAN_DAT, null));
      conclude(instance, back.returning(), KET_LUAN_TRA_LAI, "Thiếu bước luân chuyển hồ sơ, trả lại " + back.by());

      assertThat(instance).isWaitingAt(TASK_DRAFT);
      Task redraft = taskOf(instance, KHOA_HOC);
      assertThat(taskService().getVariables(redraft.getId()))
          .containsEntry(LY_DO_TRA_LAI.name(), "Thiếu bước luân chuyển hồ sơ, trả lại " + back.by())
          .containsEntry(NOI_TRA_LAI.name(), back.by());
      assertThat(StepRows.parse(taskService().getVariable(redraft.getId(), BUOC_XU_LY)))
          .isEqualTo(StepRows.parse(rows("1.004567", KHOA_HOC)));
      draft(instance, KHOA_HOC, "1.004567");
      // communes were asked once; the revised draft goes straight to the Văn phòng
      assertThat(instance).isWaitingAt(TASK_CHECK_OFFICE);
    }
    conclude(instance, TASK_CHECK_OFFICE, KET_LUAN_DAT, null);
    assertThat(runtimeService().getVariable(instance.getId(), LY_DO_TRA_LAI.name())).isNull();
    conclude(instance, TASK_REVIEW_DIRECTOR, KET_LUAN_DAT, null);
    conclude(instance, TASK_REVIEW_PROVINCE_OFFICE, KET_LUAN_DAT, null);
    approve(instance);
    assertThat(instance).isEnded();
  }

  @Test
  void anAmendmentIsStartedByHandForAnyReason() {
    Map<String, Object> variables = new HashMap<>(startVariables(
        "Tái cấu trúc quy trình cấp giấy phép", "45/KH-UBND", "2099-01-02", "1.004567", List.of(KHOA_HOC), false));
    variables.put(LY_DO_XAY_DUNG.name(), LY_DO_TAI_CAU_TRUC);
    variables.put("hanXuLyHoSo", DOSSIER_DEADLINE);
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, variables);

    draft(instance, KHOA_HOC, "1.004567");
    conclude(instance, TASK_CHECK_OFFICE, KET_LUAN_DAT, null);
    conclude(instance, TASK_REVIEW_DIRECTOR, KET_LUAN_DAT, null);
    conclude(instance, TASK_REVIEW_PROVINCE_OFFICE, KET_LUAN_DAT, null);
    approve(instance);
    verify(service).approve(any(), eq("456/QĐ-UBND"), any(), eq("45/KH-UBND"), any(), any());
    assertThat(instance).isEnded();
  }

  @Test
  void theDossierHasTenWorkingDaysFromThePublicationDecision() {
    assertThat(properties(KEY))
        .containsEntry("hanXuLyHoSo", "P10D")
        .containsEntry("hanXuLyTinhTu", NGAY_QUYET_DINH_CONG_BO.name());
  }

  private static Map<String, String> properties(String key) {
    Process process = repositoryService().getBpmnModelInstance(
            repositoryService().createProcessDefinitionQuery().processDefinitionKey(key).singleResult().getId())
        .getModelElementById(key);
    Map<String, String> properties = new HashMap<>();
    process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).singleResult()
        .getCamundaProperties().forEach((CamundaProperty p) -> properties.put(p.getCamundaName(), p.getCamundaValue()));
    return properties;
  }

  @Test
  void noStartWithoutDraftingUnits() {
    assertThatThrownBy(() -> start(false))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Chưa chọn đơn vị soạn thảo quy trình nội bộ.");
    verifyNoInteractions(service);
  }
}
