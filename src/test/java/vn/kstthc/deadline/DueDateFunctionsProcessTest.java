package vn.kstthc.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.kstthc.platform.ProcessTests;

/** The date functions as a process owner writes them: in due dates, a timer and a condition. */
class DueDateFunctionsProcessTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static Date at(String localDateTime) {
    return Date.from(ZonedDateTime.parse(localDateTime + "+07:00[Asia/Ho_Chi_Minh]").toInstant());
  }

  @Test
  void dueDatesTimersAndConditionsUseTheDateFunctions() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("thu-ham-ngay")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("UserTask_SoanThao")
            .camundaCandidateGroups("van-phong-so")
            .camundaDueDate("${earlierOf('P3D', hanXuLyHoSo)}")
            .boundaryEvent("Timer_DanhSachTre")
            .cancelActivity(false)
            .timerWithDate("${firstWorkingDayOfNextMonth()}")
            .endEvent()
            .moveToActivity("UserTask_SoanThao")
            .exclusiveGateway("Gateway_ConKipKy")
            .condition("kịp", "${now() <= calendarDaysBefore(ngayCoHieuLuc, 5)}")
            .userTask("UserTask_KyCongBo")
            .camundaCandidateGroups("lanh-dao-so")
            .camundaDueDate("${calendarDaysBefore(ngayCoHieuLuc, 5)}")
            .endEvent()
            .moveToNode("Gateway_ConKipKy")
            .condition("trễ", "${now() > calendarDaysBefore(ngayCoHieuLuc, 5)}")
            .userTask("UserTask_BaoCao")
            .camundaCandidateGroups("van-phong-so")
            .camundaDueDate("${dayOfQuarterLastMonth(19)}")
            .endEvent()
            .done();
    ProcessEngine processEngine = engine.getProcessEngine();
    String deployment =
        processEngine.getRepositoryService().createDeployment().addModelInstance("thu-ham-ngay.bpmn", model).deploy().getId();
    try {
      // Wed 29/04/2026: P3D = Mon 04/05, Tue 05/05, Wed 06/05 (30/4, 1/5 and the weekend off)
      ClockUtil.setCurrentTime(at("2026-04-29T09:00"));
      ProcessInstance onTime = start(processEngine, at("2026-05-05T17:30"), "2026-05-11");
      assertThat(task(processEngine, onTime).getDueDate()).isEqualTo(at("2026-05-05T17:30"));
      Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(onTime.getId()).timers().singleResult();
      assertThat(timer.getDuedate()).isEqualTo(at("2026-05-04T07:30"));
      ProcessInstance late = start(processEngine, at("2026-05-29T17:30"), "2026-05-06");
      assertThat(task(processEngine, late).getDueDate()).isEqualTo(at("2026-05-06T17:30"));

      // Mon 04/05: the decision takes effect Mon 11/05: sign by Wed 06/05; or 06/05: already late
      ClockUtil.setCurrentTime(at("2026-05-04T09:00"));
      processEngine.getTaskService().complete(task(processEngine, onTime).getId());
      assertThat(task(processEngine, onTime).getTaskDefinitionKey()).isEqualTo("UserTask_KyCongBo");
      assertThat(task(processEngine, onTime).getDueDate()).isEqualTo(at("2026-05-06T17:30"));
      processEngine.getTaskService().complete(task(processEngine, late).getId());
      assertThat(task(processEngine, late).getTaskDefinitionKey()).isEqualTo("UserTask_BaoCao");
      assertThat(task(processEngine, late).getDueDate()).isEqualTo(at("2026-06-19T17:30"));
    } finally {
      processEngine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  static ProcessInstance start(ProcessEngine processEngine, Date dossierDeadline, String ngayCoHieuLuc) {
    return processEngine.getRuntimeService()
        .startProcessInstanceByKey("thu-ham-ngay", Map.of("hanXuLyHoSo", dossierDeadline, "ngayCoHieuLuc", ngayCoHieuLuc));
  }

  static Task task(ProcessEngine processEngine, ProcessInstance instance) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
