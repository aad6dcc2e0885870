package vn.kstthc.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.kstthc.publication.CongKhaiTthcProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.kstthc.internalprocess.PheDuyetQuyTrinhNoiBoProcess;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.platform.ProcessTests;

class CongKhaiTthcProcessTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  static final String BPMN = "processes/cong-khai-tthc.bpmn";
  static final String STUB = "publication/phe-duyet-quy-trinh-noi-bo-stub.bpmn";

  @BeforeEach
  void beans() {
    new PublicationBeans().register(engine);
  }

  /** As cong-bo-tthc starts it (PublicityStarter), signed today. */
  private ProcessInstance start(boolean internal, String codes) {
    return start(internal, codes, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  private ProcessInstance start(boolean internal, String codes, LocalDate signedOn) {
    Map<String, Object> variables = new HashMap<>();
    // what the platform sets at the start from the process's hanXuLyHoSo = P3D counted from ngayKy
    variables.put("hanXuLyHoSo", dossierDeadline(signedOn));
    variables.put(TIEU_DE.name(), "Công khai TTHC theo Quyết định số 789/QĐ-UBND");
    variables.put(MA_SO_HO_SO_CONG_BO.name(), "CB-2026-0001");
    variables.put(SO_QUYET_DINH.name(), "789/QĐ-UBND");
    variables.put(NGAY_KY.name(), signedOn.toString());
    variables.put(MA_QUYET_DINH.name(), "quyet-dinh-1");
    variables.put(TTHC_NOI_BO.name(), internal);
    variables.put(DANH_SACH_TTHC.name(), "1.009999 – mới – Cấp giấy chứng nhận mới");
    variables.put(MA_TTHC_CAN_QUY_TRINH.name(), codes);
    return runtimeService().startProcessInstanceByKey(KEY, variables);
  }

  private static Task taskAt(ProcessInstance instance, String activity) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
  }

  private static Date dossierDeadline(LocalDate signedOn) {
    return CongBoTthcProcessTest.endOfOfficeDay(WorkingDayCalendar.standard().addWorkingDays(signedOn, 3));
  }

  /** 17:30 on the working day after today (a task created today, due P1D). */
  private static Date oneWorkingDay() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    return CongBoTthcProcessTest.endOfOfficeDay(WorkingDayCalendar.standard().addWorkingDays(today, 1));
  }

  @Test
  @Deployment(resources = {BPMN, STUB})
  void theDatabaseThenTheProvinceThenTheSoAndThePostingAtTheOffice() {
    ProcessInstance instance = start(false, "1.009999,1.000002");

    assertThat(instance).isWaitingAt(TASK_NATIONAL_DATABASE, TASK_POST_AT_OFFICE);
    Task database = taskAt(instance, TASK_NATIONAL_DATABASE);
    assertThat(database).hasCandidateGroup("van-phong-so");
    assertThat(database.getDueDate()).isEqualTo(oneWorkingDay());
    assertThat(taskAt(instance, TASK_POST_AT_OFFICE)).hasCandidateGroup("van-phong-so");
    complete(database, withVariables(DA_CONG_KHAI_CSDL.name(), true, MA_CSDL.name(), "https://csdl.dichvucong.gov.vn/1.009999"));

    Task province = taskAt(instance, TASK_PROVINCIAL_PORTAL);
    assertThat(province).hasCandidateGroup("phong-bcvt-cds");
    assertThat(province.getDueDate()).isEqualTo(oneWorkingDay());
    complete(province, withVariables(DA_DANG_CONG_TINH.name(), true, DUONG_DAN_CONG_TINH.name(), "https://dichvucong.tinh.gov.vn"));
    Task department = taskAt(instance, TASK_DEPARTMENT_PORTAL);
    assertThat(department).hasCandidateGroup("phong-bcvt-cds");
    complete(department, withVariables(DA_DANG_CONG_SO.name(), true, DUONG_DAN_CONG_SO.name(), "https://skhcn.tinh.gov.vn"));
    assertThat(instance).isWaitingAt(TASK_POST_AT_OFFICE);
    complete(task(instance), withVariables(DA_NIEM_YET.name(), true));

    assertThat(instance).hasPassed(SERVICE_INTERNAL_PROCESS, TASK_NATIONAL_DATABASE, TASK_PROVINCIAL_PORTAL,
        TASK_DEPARTMENT_PORTAL, TASK_POST_AT_OFFICE, END_EVENT).isEnded();
    // one internal-process approval for the decision, listing its TTHC, left running on its own
    HistoricProcessInstance approval = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_INTERNAL_APPROVAL).singleResult();
    assertThat(approval).isNotNull();
    assertThat(instance).variables()
        .containsEntry(QUY_TRINH_NOI_BO.name(), QUY_TRINH_DA_KHOI_TAO)
        .containsEntry(HO_SO_QUY_TRINH_NOI_BO.name(), approval.getId());
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(approval.getId())
        .variableName(PheDuyetQuyTrinhNoiBoProcess.MA_TTHC.name()).singleResult().getValue())
        .as("started with the approval's own start variables").isEqualTo("1.009999, 1.000002");
  }

  @Test
  @Deployment(resources = BPMN)
  void withoutTheApprovalProcessTheCodesStayInTheDossier() {
    ProcessInstance instance = start(false, "1.009999");

    assertThat(instance).variables()
        .containsEntry(QUY_TRINH_NOI_BO.name(), QUY_TRINH_CHUA_CO)
        .containsEntry(MA_TTHC_CAN_QUY_TRINH.name(), "1.009999");
    assertThat(instance).isWaitingAt(TASK_NATIONAL_DATABASE, TASK_POST_AT_OFFICE);
  }

  @Test
  @Deployment(resources = {BPMN, STUB})
  void internalTthcAreNotPostedAtTheOneStopDeskAndNeedNoInternalProcess() {
    ProcessInstance instance = start(true, "1.009999");

    assertThat(instance).isWaitingAt(TASK_NATIONAL_DATABASE).hasPassed(GATEWAY_INTERNAL_TTHC)
        .hasNotPassed(TASK_POST_AT_OFFICE);
    assertThat(instance).variables().containsEntry(QUY_TRINH_NOI_BO.name(), QUY_TRINH_KHONG_CAN);
    complete(task(instance), withVariables(DA_CONG_KHAI_CSDL.name(), true, MA_CSDL.name(), "1.009999"));
    complete(task(instance), withVariables(DA_DANG_CONG_TINH.name(), true, DUONG_DAN_CONG_TINH.name(), "x"));
    complete(task(instance), withVariables(DA_DANG_CONG_SO.name(), true, DUONG_DAN_CONG_SO.name(), "y"));

    assertThat(instance).isEnded();
    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_INTERNAL_APPROVAL)
        .count()).isZero();
  }

  @Test
  @Deployment(resources = {BPMN, STUB})
  void aDecisionThatOnlyAbolishesNeedsNoInternalProcess() {
    ProcessInstance instance = start(false, "");

    assertThat(instance).variables().containsEntry(QUY_TRINH_NOI_BO.name(), QUY_TRINH_KHONG_CAN);
    assertThat(instance).isWaitingAt(TASK_NATIONAL_DATABASE, TASK_POST_AT_OFFICE);
  }

  @Test
  @Deployment(resources = BPMN)
  void noStepIsDueAfterTheDossierCountedFromTheSignature() {
    // signed Mon 05/01/2026 and only started now: the dossier was due Thu 08/01, so is every step
    ProcessInstance instance = start(false, "1.009999", LocalDate.of(2026, 1, 5));
    Date dossier = CongBoTthcProcessTest.endOfOfficeDay(LocalDate.of(2026, 1, 8));

    assertThat(taskAt(instance, TASK_NATIONAL_DATABASE).getDueDate()).isEqualTo(dossier);
    assertThat(taskAt(instance, TASK_POST_AT_OFFICE).getDueDate()).isEqualTo(dossier);
    complete(taskAt(instance, TASK_NATIONAL_DATABASE), withVariables(DA_CONG_KHAI_CSDL.name(), true, MA_CSDL.name(), "x"));
    assertThat(taskAt(instance, TASK_PROVINCIAL_PORTAL).getDueDate()).isEqualTo(dossier);
    complete(taskAt(instance, TASK_PROVINCIAL_PORTAL), withVariables(DA_DANG_CONG_TINH.name(), true, DUONG_DAN_CONG_TINH.name(), "y"));
    assertThat(taskAt(instance, TASK_DEPARTMENT_PORTAL).getDueDate()).isEqualTo(dossier);
  }

  @Test
  @Deployment(resources = {BPMN, STUB})
  void theApprovalItStartsIsNotTheCaseOfTheOfficerWhoseStepReachedIt() {
    identityService().setAuthenticatedUserId("ct.phuc");
    try {
      start(false, "1.009999");
    } finally {
      identityService().clearAuthentication();
    }

    HistoricProcessInstance approval = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_INTERNAL_APPROVAL).singleResult();
    assertThat(approval.getStartUserId()).isNull();
  }
}
