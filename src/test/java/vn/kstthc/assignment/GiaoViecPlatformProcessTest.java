package vn.kstthc.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kstthc.deadline.Outcome;
import vn.kstthc.deadline.OutcomeRepository;
import vn.kstthc.notification.NotificationOutbox;
import vn.kstthc.platform.PlatformProcessTest;
import vn.kstthc.procedure.CaseVariables;

/**
 * giao-viec with the platform's plugins: a change to the model that breaks case numbers, on-time
 * records or notifications fails here.
 */
@PlatformProcessTest
class GiaoViecPlatformProcessTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired OutcomeRepository outcomes;
  @Autowired NotificationOutbox outbox;

  @Test
  void everyStepIsJudgedAndEveryUnitIsTold() {
    String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString();
    ProcessInstance instance = runtime.startProcessInstanceByKey(GiaoViecProcess.KEY, Map.of(
        GiaoViecProcess.TIEU_DE.name(), "Nhiệm vụ thử nền tảng",
        GiaoViecProcess.NOI_DUNG.name(), "Nội dung",
        GiaoViecProcess.DON_VI_CHU_TRI.name(), "phong-tc-dl-cl",
        GiaoViecProcess.HAN_HOAN_THANH.name(), due));

    String caseNumber = (String) runtime.getVariable(instance.getId(), CaseVariables.MA_SO_HO_SO.name());
    assertThat(caseNumber).matches("GV-\\d{4}-\\d{4}").isEqualTo(instance.getBusinessKey());

    Task report = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(tasks.getVariableLocal(report.getId(), "hienThiMaSoHoSo")).isEqualTo(caseNumber);
    assertThat(outbox.forTask(report.getId())).as("the unit is told of its new task").isNotEmpty();
    tasks.complete(report.getId(), Map.of(GiaoViecProcess.KET_QUA.name(), "Đã xong"));

    Task confirm = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    tasks.complete(confirm.getId(), Map.of(GiaoViecProcess.KET_LUAN.name(), GiaoViecProcess.KET_LUAN_DAT));

    List<Outcome> judged = outcomes.findByProcessInstance(instance.getId());
    assertThat(judged).as("both steps and the case are judged").hasSize(3);
    assertThat(judged).allSatisfy(outcome -> assertThat(outcome.status()).isNotNull());
  }
}
