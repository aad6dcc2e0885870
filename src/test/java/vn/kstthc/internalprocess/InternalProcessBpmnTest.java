package vn.kstthc.internalprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.kstthc.platform.ProcessTests;

/** An approved internal process exported as BPMN: one task per step, deployable and runnable here. */
class InternalProcessBpmnTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private static final String UNIT = "phong-quan-ly-khoa-hoc";

  private static InternalProcess approved() {
    return new InternalProcess("id", "1.003652", 2, "88/QĐ-UBND", LocalDate.of(2026, 12, 1), "77/QĐ-UBND", null, List.of(
        new Step("1.003652", 1, "Tiếp nhận, chuyển hồ sơ", "ngoai:trung-tam-phuc-vu-hanh-chinh-cong", PerformerRole.CHU_TRI,
            new BigDecimal("4"), "Phiếu tiếp nhận"),
        new Step("1.003652", 2, "Thẩm định hồ sơ", UNIT, PerformerRole.CHU_TRI, new BigDecimal("26.5"), "Tờ trình"),
        new Step("1.003652", 2, "Thẩm định hồ sơ", "van-phong-so", PerformerRole.PHOI_HOP, new BigDecimal("8"), null),
        new Step("1.003652", 3, "Ký duyệt", "lanh-dao-so", PerformerRole.CHU_TRI, new BigDecimal("8"), "Giấy chứng nhận")));
  }

  @Test
  void eachStepIsATaskOfItsGroupsDueInItsWorkingHours() {
    BpmnModelInstance model = InternalProcessBpmn.export(approved(), "Cấp lại Giấy chứng nhận đăng ký hoạt động", UNIT);
    Bpmn.validateModel(model);

    List<UserTask> tasks = List.copyOf(model.getModelElementsByType(UserTask.class));
    assertThat(tasks).extracting(UserTask::getName)
        .containsExactly("Bước 1: Tiếp nhận, chuyển hồ sơ", "Bước 2: Thẩm định hồ sơ", "Bước 3: Ký duyệt");
    assertThat(tasks).extracting(UserTask::getCamundaCandidateGroups)
        .containsExactly(UNIT, UNIT + ",van-phong-so", "lanh-dao-so");
    assertThat(tasks).extracting(UserTask::getCamundaDueDate).containsExactly("PT4H", "PT26H30M", "PT8H");
    assertThat(tasks.get(0).getDocumentations().iterator().next().getTextContent())
        .isEqualTo("Tiếp nhận, chuyển hồ sơ. Thực hiện: Trung tâm Phục vụ hành chính công tỉnh (chủ trì, 4 giờ làm việc):"
            + " Phiếu tiếp nhận.");
    assertThat(model.getModelElementsByType(BpmnShape.class)).as("a diagram for Modeler").hasSize(5);

    ProcessEngine processEngine = engine.getProcessEngine();
    String deployment = processEngine.getRepositoryService().createDeployment()
        .addModelInstance(InternalProcessBpmn.processId("1.003652") + ".bpmn", model).deploy().getId();
    try {
      String instance = processEngine.getRuntimeService()
          .startProcessInstanceByKey("quy-trinh-noi-bo-1-003652").getId();
      for (String group : List.of(UNIT, "van-phong-so", "lanh-dao-so")) {
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup(group).count())
            .isEqualTo(1);
        assertThat(task.getDueDate()).isNotNull();
        processEngine.getTaskService().complete(task.getId());
      }
      assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    } finally {
      processEngine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void hoursBecomeOfficeTimeDurations() {
    assertThat(InternalProcessBpmn.duration(new BigDecimal("0.25"))).isEqualTo("PT15M");
    assertThat(InternalProcessBpmn.duration(new BigDecimal("40"))).isEqualTo("PT40H");
  }
}
