package vn.kstthc.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static vn.kstthc.petition.XuLyPaknProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.platform.ProcessTests;

/** Every path of xu-ly-pakn: each classification, the DMN's unit and its override, opinions, returns, e-mail and post. */
@Deployment(
    resources = {
      "processes/xu-ly-pakn.bpmn",
      "processes/xu-ly-pakn-don-vi.dmn",
      "forms/xu-ly-pakn/tiep-nhan.form",
      "forms/xu-ly-pakn/phan-loai.form",
      "forms/xu-ly-pakn/chuyen-don.form",
      "forms/xu-ly-pakn/thanh-tra.form",
      "forms/xu-ly-pakn/du-thao.form",
      "forms/xu-ly-pakn/y-kien.form",
      "forms/xu-ly-pakn/phe-duyet.form",
      "forms/xu-ly-pakn/gui-buu-chinh.form",
      "forms/xu-ly-pakn/he-thong-quoc-gia.form"
    })
class XuLyPaknProcessTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  static final String ID = "phan-anh-1";
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  PetitionService petitions = mock(PetitionService.class);

  @BeforeEach
  void delegates() {
    when(petitions.record(any(), any())).thenReturn(ID);
    Mocks.register("ghiNhanPhanAnh", new RecordPetitionDelegate(petitions, WorkingDayCalendar.standard()));
    Mocks.register("chonDonViXuLy", new ChooseUnitDelegate(petitions));
    Mocks.register("capNhatPhanAnh", new PetitionStepDelegate(petitions));
    Mocks.register("guiTraLoiPhanAnh", new SendAnswerDelegate(petitions));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  /** As the start form sends it, with the dossier deadline the application sets from hanXuLyHoSo. */
  private ProcessInstance receive(String field) {
    // the officer who submits the start form: its initiator
    engine.getIdentityService().setAuthenticatedUserId("vps.an");
    try {
      return start(field);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessInstance start(String field) {
    return runtimeService().startProcessInstanceByKey(KEY, withVariables(
        KENH_TIEP_NHAN.name(), "van-ban",
        SO_THAM_CHIEU.name(), "",
        NGAY_TIEP_NHAN.name(), "2026-12-01",
        TIEU_DE.name(), "Thời hạn cấp giấy phép bưu chính quá dài",
        NOI_DUNG.name(), "Đề nghị rút ngắn thời hạn giải quyết",
        LINH_VUC.name(), field,
        HO_TEN.name(), "Nguyễn Thị Hoa",
        DIA_CHI.name(), "12 Lê Lợi",
        DIEN_THOAI.name(), "0905123456",
        EMAIL.name(), "hoa@example.vn",
        "hanXuLyHoSo", Date.from(Instant.now().plus(30, ChronoUnit.DAYS))));
  }

  private void classify(ProcessInstance instance, String classification, Map<String, Object> more) {
    assertThat(instance).isWaitingAt(TASK_CLASSIFY);
    Map<String, Object> variables = new java.util.HashMap<>(Map.of(PHAN_LOAI.name(), classification));
    variables.putAll(more);
    complete(task(instance), variables);
  }

  private void draft(ProcessInstance instance, String channel, boolean askOpinion) {
    Task draft = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_DRAFT_ANSWER).singleResult();
    complete(draft, withVariables(
        KET_QUA_XAC_MINH.name(), "Thời hạn 30 ngày theo Nghị định 47/2011/NĐ-CP",
        DU_THAO_TRA_LOI.name(), "Thời hạn do Nghị định quy định; Sở đã kiến nghị rút ngắn",
        HINH_THUC_TRA_LOI.name(), channel,
        CAN_LAY_Y_KIEN.name(), askOpinion,
        DON_VI_LAY_Y_KIEN.name(), "phong-tc-dl-cl",
        NOI_DUNG_LAY_Y_KIEN.name(), "Xin ý kiến về thời hạn"));
  }

  private void approve(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(TASK_APPROVE_ANSWER);
    assertThat(task(instance)).hasCandidateGroup(GROUP_LEADERSHIP);
    complete(task(instance), withVariables(PHE_DUYET.name(), PHE_DUYET_DUYET));
  }

  private void recordOnNationalSystem(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(TASK_NATIONAL_SYSTEM);
    assertThat(task(instance)).hasCandidateGroup("van-phong-so");
    complete(task(instance), withVariables(MA_TREN_HE_THONG.name(), "PAKN-000123", DA_CAP_NHAT_HE_THONG.name(), true,
        TOM_TAT_CONG_KHAI.name(), "Kiến nghị rút ngắn thời hạn cấp giấy phép bưu chính"));
  }

  @Test
  void handledByTheDmnUnitAndAnsweredByEmailRetriedAfterAFailure() {
    ProcessInstance instance = receive("buu-chinh");

    ArgumentCaptor<NewPetition> recorded = ArgumentCaptor.forClass(NewPetition.class);
    verify(petitions).record(recorded.capture(), eq("vps.an"));
    assertThat(recorded.getValue().channel()).isEqualTo(PetitionChannel.VAN_BAN);
    assertThat(recorded.getValue().senderReference()).isNull();
    assertThat(recorded.getValue().sender()).isEqualTo(
        new PetitionSender("Nguyễn Thị Hoa", "12 Lê Lợi", "0905123456", "hoa@example.vn"));
    verify(petitions).linkInstance(ID, instance.getId(), null);
    // the sender's personal data live in the petition tables only
    assertThat(instance).variables()
        .containsEntry(PHAN_ANH_ID.name(), ID)
        .containsEntry(DON_VI_DE_XUAT.name(), "phong-bcvt-cds")
        .doesNotContainKeys(HO_TEN.name(), DIA_CHI.name(), DIEN_THOAI.name(), EMAIL.name());
    assertThat(task(instance)).hasCandidateGroup("van-phong-so");

    classify(instance, "xu-ly", Map.of(DOI_DON_VI.name(), false));
    verify(petitions).classify(ID, PetitionClassification.XU_LY, "phong-bcvt-cds", null);
    assertThat(instance).isWaitingAt(TASK_DRAFT_ANSWER);
    assertThat(task(instance)).hasCandidateGroup("phong-bcvt-cds");

    draft(instance, "email", false);
    approve(instance);
    verify(petitions).approve(ID, "Thời hạn do Nghị định quy định; Sở đã kiến nghị rút ngắn", AnswerChannel.EMAIL);

    // the mail leaves from a job after the approval is committed, and is retried
    assertThat(instance).isWaitingAt(TASK_SEND_EMAIL);
    verify(petitions, org.mockito.Mockito.never()).mailAnswer(any());
    doThrow(new IllegalStateException("máy chủ thư không trả lời")).when(petitions).mailAnswer(ID);
    Job send = job(instance);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> managementService().executeJob(send.getId()))
        .hasMessageContaining("máy chủ thư");
    Job retried = job(instance);
    assertThat(retried.getRetries()).isEqualTo(4);
    assertThat(retried.getDuedate()).isAfter(new Date(System.currentTimeMillis() + 9 * 60_000));
    org.mockito.Mockito.reset(petitions);
    execute(retried);
    verify(petitions).mailAnswer(ID);

    recordOnNationalSystem(instance);
    verify(petitions).publish(ID, "PAKN-000123", "Kiến nghị rút ngắn thời hạn cấp giấy phép bưu chính");
    assertThat(instance).hasPassed(TASK_SEND_EMAIL, TASK_PUBLISH).hasNotPassed(TASK_RECORD_POST, TASK_INSPECTION);
    assertThat(instance).isEnded();
  }

  @Test
  void theClassifierOverridesTheDmnUnitWithAReason() {
    ProcessInstance instance = receive("khac");
    assertThat(instance).variables().containsEntry(DON_VI_DE_XUAT.name(), "van-phong-so");

    classify(instance, "xu-ly", Map.of(
        DOI_DON_VI.name(), true,
        DON_VI_XU_LY_KHAC.name(), "phong-quan-ly-khoa-hoc",
        LY_DO_DOI_DON_VI.name(), "Nội dung về đề tài khoa học"));

    verify(petitions).classify(ID, PetitionClassification.XU_LY, "phong-quan-ly-khoa-hoc", "Nội dung về đề tài khoa học");
    assertThat(task(instance)).hasCandidateGroup("phong-quan-ly-khoa-hoc");
    assertThat(instance).variables().containsEntry(DON_VI_XU_LY.name(), "phong-quan-ly-khoa-hoc");
  }

  @Test
  void conductGoesToInspectionTooAndTheAnswerIsSentByPost() {
    ProcessInstance instance = receive("tieu-chuan-do-luong-chat-luong");
    classify(instance, "xu-ly-thanh-tra", Map.of(DOI_DON_VI.name(), false));
    verify(petitions).classify(ID, PetitionClassification.XU_LY_THANH_TRA, "phong-tc-dl-cl", null);

    assertThat(instance).isWaitingAt(TASK_INSPECTION, TASK_DRAFT_ANSWER);
    Task inspection = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_INSPECTION).singleResult();
    assertThat(inspection).hasCandidateGroup("thanh-tra-so");
    complete(inspection, withVariables(KET_QUA_THANH_TRA.name(), "Không có dấu hiệu nhũng nhiễu"));

    draft(instance, "buu-chinh", false);
    approve(instance);
    assertThat(instance).isWaitingAt(TASK_RECORD_POST);
    assertThat(task(instance)).hasCandidateGroup("van-phong-so");
    complete(task(instance), withVariables(SO_VAN_BAN_TRA_LOI.name(), "125/SKHCN-VP", NGAY_GUI_BUU_CHINH.name(), "2026-12-08"));
    verify(petitions).recordSent(ID);

    recordOnNationalSystem(instance);
    verify(petitions, org.mockito.Mockito.never()).mailAnswer(any());
    assertThat(instance).hasPassed(END_INSPECTION, TASK_RECORD_POST, END_ANSWERED).hasNotPassed(TASK_SEND_EMAIL);
    assertThat(instance).isEnded();
  }

  @Test
  void theUnitAsksAnotherUnitAndTheLeadershipReturnsTheDraftOnce() {
    ProcessInstance instance = receive("buu-chinh");
    classify(instance, "xu-ly", Map.of(DOI_DON_VI.name(), false));

    draft(instance, "buu-chinh", true);
    assertThat(instance).isWaitingAt(TASK_GIVE_OPINION);
    assertThat(task(instance)).hasCandidateGroup("phong-tc-dl-cl");
    complete(task(instance), withVariables(Y_KIEN_DON_VI_PHOI_HOP.name(), "Thống nhất với dự thảo"));

    assertThat(instance).isWaitingAt(TASK_DRAFT_ANSWER);
    assertThat(instance).variables().containsEntry(Y_KIEN_DON_VI_PHOI_HOP.name(), "Thống nhất với dự thảo");
    assertThat(task(instance)).hasCandidateGroup("phong-bcvt-cds");
    draft(instance, "buu-chinh", false);

    complete(task(instance), withVariables(PHE_DUYET.name(), PHE_DUYET_TRA_LAI, Y_KIEN_LANH_DAO.name(), "Nêu rõ căn cứ pháp lý"));
    assertThat(instance).isWaitingAt(TASK_DRAFT_ANSWER);
    assertThat(task(instance)).hasCandidateGroup("phong-bcvt-cds");
    assertThat(instance).variables().containsEntry(Y_KIEN_LANH_DAO.name(), "Nêu rõ căn cứ pháp lý");

    draft(instance, "buu-chinh", false);
    // the leader decides again from an empty decision (Tasklist would show the previous "trả lại")
    assertThat(taskService().getVariables(task(instance).getId()))
        .doesNotContainKeys(PHE_DUYET.name(), Y_KIEN_LANH_DAO.name());
    approve(instance);
    verify(petitions).approve(any(), any(), eq(AnswerChannel.BUU_CHINH));
    assertThat(instance).isWaitingAt(TASK_RECORD_POST);
  }

  @Test
  void outsideCompetenceIsForwardedWithinFiveWorkingDaysOfReceiptAndClosed() {
    ProcessInstance instance = receive("khac");
    classify(instance, "ngoai-tham-quyen", Map.of());

    assertThat(instance).isWaitingAt(TASK_FORWARD);
    Task forward = task(instance);
    assertThat(forward).hasCandidateGroup("van-phong-so");
    // received Tuesday 01/12/2026: five working days later is Tuesday 08/12, end of office hours
    assertThat(forward.getDueDate())
        .isEqualTo(Date.from(LocalDate.of(2026, 12, 8).atTime(17, 30).atZone(VIETNAM).toInstant()));
    complete(forward, withVariables(CO_QUAN_CHUYEN_DEN.name(), "Sở Xây dựng", SO_VAN_BAN_CHUYEN.name(), "130/SKHCN-VP"));

    verify(petitions).closeForwarded(ID, "Sở Xây dựng (văn bản 130/SKHCN-VP)");
    assertThat(instance).hasPassed(END_FORWARDED).hasNotPassed(TASK_CHOOSE_UNIT);
    assertThat(instance).isEnded();
  }

  @Test
  void notToBeHandledIsClosedWithItsReason() {
    ProcessInstance instance = receive("khac");
    classify(instance, "khong-xu-ly", Map.of(LY_DO_KHONG_XU_LY.name(), "Đã được trả lời tại văn bản 98/SKHCN-VP"));

    verify(petitions).closeNotHandled(ID, "Đã được trả lời tại văn bản 98/SKHCN-VP");
    assertThat(instance).hasPassed(END_NOT_HANDLED).hasNotPassed(TASK_CHOOSE_UNIT, TASK_FORWARD);
    assertThat(instance).isEnded();
  }
}
