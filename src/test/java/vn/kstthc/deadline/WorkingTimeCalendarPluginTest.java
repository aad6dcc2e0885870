package vn.kstthc.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
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

/** The engine itself counts camunda:dueDate and timer durations in working time. */
class WorkingTimeCalendarPluginTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void taskDueDateAndTimerDurationAreWorkingTime() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("thu-lich")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("UserTask_XuLy")
            .camundaCandidateGroups("van-phong-so")
            .camundaDueDate("P3D")
            .boundaryEvent("Timer_NhacViec")
            .cancelActivity(false)
            .timerWithDuration("PT4H")
            .endEvent()
            .moveToActivity("UserTask_XuLy")
            .endEvent()
            .done();
    ProcessEngine processEngine = engine.getProcessEngine();
    String deployment =
        processEngine.getRepositoryService().createDeployment().addModelInstance("thu-lich.bpmn", model).deploy().getId();
    try {
      // Friday 27/11/2026 15:00
      ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 27, 15, 0, 0, 0, VN).toInstant()));
      ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey("thu-lich");

      Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getDueDate()) // 3 working days: Mon, Tue, Wed 2/12 at 17:30
          .isEqualTo(Date.from(ZonedDateTime.of(2026, 12, 2, 17, 30, 0, 0, VN).toInstant()));
      Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
      assertThat(timer.getDuedate()) // 4 office hours: 2.5 h on Friday, 1.5 h on Monday
          .isEqualTo(Date.from(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, VN).toInstant()));
    } finally {
      processEngine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }
}
