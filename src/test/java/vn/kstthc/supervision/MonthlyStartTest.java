package vn.kstthc.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.TimeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kstthc.deadline.DueDateFunctions;
import vn.kstthc.platform.ProcessTests;

/**
 * The monthly start: 07:30 on the first working day of each month, after Tết and after 1/5, and
 * again every month (the cycle expression is read again when it fires).
 */
class MonthlyStartTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  static Date at(String local) {
    return Date.from(ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]").toInstant());
  }

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2025-01-10T10:00, R/2025-02-03T07:30+07:00/P1M", // Tết Ất Tỵ: 25/01-02/02 off
    "2026-04-15T10:00, R/2026-05-04T07:30+07:00/P1M", // 30/4, 1/5 and the weekend off
    "2026-05-04T07:00, R/2026-05-04T07:30+07:00/P1M", // before the opening of the first working day: today
    "2026-05-04T07:30, R/2026-06-01T07:30+07:00/P1M" // when it fires: next month
  })
  void theCycleStartsAtTheNextFirstWorkingDay(String now, String cycle) {
    ClockUtil.setCurrentTime(at(now));
    assertThat(DueDateFunctions.everyFirstWorkingDayOfMonth()).isEqualTo(cycle);
  }

  @Test
  void theShippedTimerStartsTheLateListEveryFirstWorkingDay() throws Exception {
    BpmnModelInstance shipped = Bpmn.readModelFromFile(new File("processes/" + DanhSachTreHanProcess.KEY_MONTHLY + ".bpmn"));
    String expression = shipped.getModelElementsByType(TimeCycle.class).iterator().next().getTextContent();
    assertThat(expression).isEqualTo("${everyFirstWorkingDayOfMonth()}");
    assertThat(shipped.getModelElementsByType(CallActivity.class).iterator().next().getCalledElement())
        .isEqualTo(DanhSachTreHanProcess.KEY);

    BpmnModelInstance model = Bpmn.createExecutableProcess("thu-hen-gio-dau-thang").camundaHistoryTimeToLive(1)
        .startEvent().timerWithCycle(expression).endEvent().done();
    RepositoryService repository = engine.getRepositoryService();
    ManagementService management = engine.getManagementService();
    ClockUtil.setCurrentTime(at("2025-01-10T10:00"));
    String deployment = repository.createDeployment().addModelInstance("thu-hen-gio-dau-thang.bpmn", model).deploy().getId();
    try {
      Job timer = management.createJobQuery().timers().processDefinitionKey("thu-hen-gio-dau-thang").singleResult();
      assertThat(timer.getDuedate()).isEqualTo(at("2025-02-03T07:30"));

      ClockUtil.setCurrentTime(at("2025-02-03T07:31"));
      management.executeJob(timer.getId());
      timer = management.createJobQuery().timers().processDefinitionKey("thu-hen-gio-dau-thang").singleResult();
      assertThat(timer.getDuedate()).as("Sat 01/03: Monday").isEqualTo(at("2025-03-03T07:30"));

      ClockUtil.setCurrentTime(at("2025-04-01T07:31"));
      management.executeJob(timer.getId());
      timer = management.createJobQuery().timers().processDefinitionKey("thu-hen-gio-dau-thang").singleResult();
      assertThat(timer.getDuedate()).as("30/4, 1/5 and the weekend after").isEqualTo(at("2025-05-05T07:30"));
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }
}
