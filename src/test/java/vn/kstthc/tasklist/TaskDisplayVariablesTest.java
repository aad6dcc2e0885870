package vn.kstthc.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.kstthc.assignment.GiaoViecProcess;
import vn.kstthc.platform.ProcessTests;

@Deployment(
    resources = {
      "processes/giao-viec.bpmn",
      "forms/giao-viec/khoi-tao.form",
      "forms/giao-viec/bao-cao-ket-qua.form",
      "forms/giao-viec/xac-nhan-ket-qua.form"
    })
class TaskDisplayVariablesTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private ProcessInstance start(Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put(GiaoViecProcess.TIEU_DE.name(), "Rà soát thủ tục lĩnh vực đo lường");
    variables.put(GiaoViecProcess.NOI_DUNG.name(), "Nội dung");
    variables.put(GiaoViecProcess.DON_VI_CHU_TRI.name(), "phong-tc-dl-cl");
    variables.put(GiaoViecProcess.HAN_HOAN_THANH.name(), "2026-12-15");
    return runtimeService().startProcessInstanceByKey(GiaoViecProcess.KEY, variables);
  }

  @Test
  void eachNewTaskHoldsACopyOfTheCaseVariablesTheProcessHas() {
    ProcessInstance instance = start(Map.of("maSoHoSo", "000.00.12.H04-261123-0001"));
    Task report = task(instance);

    assertThat(taskService().getVariablesLocal(report.getId()))
        .containsEntry("hienThiTieuDe", "Rà soát thủ tục lĩnh vực đo lường")
        .containsEntry("hienThiMaSoHoSo", "000.00.12.H04-261123-0001")
        .doesNotContainKey("hienThiTenThuTuc")
        .doesNotContainKeys("tieuDe", "maSoHoSo");
  }

  @Test
  void theProcessVariableStaysSingleAndAnEditDuringTheTaskReachesTheProcess() {
    ProcessInstance instance = start(Map.of());
    Task report = task(instance);

    taskService().setVariable(report.getId(), "tieuDe", "Tên nhiệm vụ đã sửa");

    assertThat(runtimeService().getVariable(instance.getId(), "tieuDe")).isEqualTo("Tên nhiệm vụ đã sửa");
    assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId())
            .variableName("tieuDe").count())
        .isEqualTo(1);
    assertThat(taskService().getVariableLocal(report.getId(), "hienThiTieuDe"))
        .isEqualTo("Rà soát thủ tục lĩnh vực đo lường");
  }

  @Test
  void aStepThatComesBackAfterAReturnIsMarkedWithHowManyTimes() {
    ProcessInstance instance = start(Map.of());
    assertThat(taskService().getVariablesLocal(task(instance).getId())).doesNotContainKey("hienThiTraLai");

    for (int returns = 1; returns <= 2; returns++) {
      taskService().complete(task(instance).getId(), Map.of(GiaoViecProcess.KET_QUA.name(), "Kết quả"));
      taskService().complete(task(instance).getId(),
          Map.of(GiaoViecProcess.KET_LUAN.name(), GiaoViecProcess.KET_LUAN_TRA_LAI,
              GiaoViecProcess.Y_KIEN_XAC_NHAN.name(), "Bổ sung số liệu"));
      Task again = task(instance);
      assertThat(again.getTaskDefinitionKey()).isEqualTo(GiaoViecProcess.TASK_REPORT_RESULT);
      assertThat(taskService().getVariableLocal(again.getId(), "hienThiTraLai")).isEqualTo(returns + " lần");
    }
  }

  /**
   * A multi-instance task for three units, one unit's part returned: only that unit's new task is
   * marked, once (the step's earlier runs of the other units are no returns of this unit's part).
   */
  @Test
  void inAMultiInstanceStepOnlyTheReturnedUnitsOwnEarlierRunsCount() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("tra-lai-mot-don-vi")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("DonVi")
            .camundaCandidateGroups("${donVi}")
            .multiInstance().parallel().camundaCollection("${donViCanGui}").camundaElementVariable("donVi")
            .multiInstanceDone()
            .userTask("TongHop")
            .exclusiveGateway("KetLuan")
            .condition("tra-lai", "${traLai}")
            .connectTo("DonVi")
            .moveToNode("KetLuan")
            .condition("dat", "${!traLai}")
            .endEvent()
            .done();
    engine.manageDeployment(repositoryService()
        .createDeployment().addModelInstance("tra-lai-mot-don-vi.bpmn", model).deploy());
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("tra-lai-mot-don-vi",
        Map.of("donViCanGui", List.of("don-vi-a", "don-vi-b", "don-vi-c")));
    for (Task unit : taskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
      assertThat(taskService().getVariablesLocal(unit.getId())).doesNotContainKey("hienThiTraLai");
      taskService().complete(unit.getId());
    }

    taskService().complete(task(instance).getId(),
        Map.of("traLai", true, "donViCanGui", List.of("don-vi-b")));

    Task again = task(instance);
    assertThat(taskService().getVariable(again.getId(), "donVi")).isEqualTo("don-vi-b");
    assertThat(taskService().getVariableLocal(again.getId(), "hienThiTraLai")).isEqualTo("1 lần");

    taskService().complete(again.getId());
    taskService().complete(task(instance).getId(),
        Map.of("traLai", true, "donViCanGui", List.of("don-vi-b", "don-vi-c")));
    Map<Object, Object> marks = new HashMap<>();
    for (Task unit : taskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
      marks.put(taskService().getVariable(unit.getId(), "donVi"),
          taskService().getVariableLocal(unit.getId(), "hienThiTraLai"));
    }
    assertThat(marks).containsOnly(Map.entry("don-vi-b", "2 lần"), Map.entry("don-vi-c", "1 lần"));
  }
}
