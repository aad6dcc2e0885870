package vn.kstthc.internalprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.kstthc.platform.ModelRulesTest;
import vn.kstthc.platform.ProcessTests;

/**
 * An approved internal process exported as BPMN: one task per step, following the rules of the
 * shipped models, deployable with its form and runnable here.
 */
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

  /** The owning unit as the exported model names it: through the catalogue, by the TTHC's code. */
  private static final String OWNING_UNIT = "${donViQuanLyTthc.cua('1.003652')}";

  @AfterEach
  void noBeans() {
    Mocks.reset();
  }

  @Test
  void eachStepIsATaskOfItsGroupsDueInItsWorkingHours() throws IOException {
    BpmnModelInstance model = InternalProcessBpmn.export(approved(), "Cấp lại Giấy chứng nhận đăng ký hoạt động", UNIT);
    String file = InternalProcessBpmn.processId("1.003652") + ".bpmn";
    assertThat(ModelRulesTest.problems(file, Bpmn.readModelFromStream(
            new ByteArrayInputStream(Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8))),
        ModelRulesTest.forms())).as("the rules of the shipped models").isEmpty();

    List<UserTask> tasks = List.copyOf(model.getModelElementsByType(UserTask.class));
    assertThat(tasks).extracting(UserTask::getName).containsExactly(
        "Bước 1: Theo dõi, xác nhận: Tiếp nhận, chuyển hồ sơ", "Bước 2: Thẩm định hồ sơ", "Bước 3: Ký duyệt");
    assertThat(tasks).extracting(UserTask::getCamundaCandidateGroups)
        .containsExactly(OWNING_UNIT, OWNING_UNIT + ",van-phong-so", "lanh-dao-so");
    assertThat(tasks).extracting(UserTask::getCamundaFormRef).containsOnly(InternalProcessBpmn.FORM);
    assertThat(tasks).extracting(UserTask::getCamundaDueDate).containsExactly("PT4H", "PT26H30M", "PT8H");
    assertThat(tasks.get(0).getDocumentations().iterator().next().getTextContent())
        .isEqualTo("Tiếp nhận, chuyển hồ sơ. Thực hiện: Trung tâm Phục vụ hành chính công tỉnh (chủ trì, 4 giờ làm việc):"
            + " Phiếu tiếp nhận.");
    assertThat(model.getModelElementsByType(BpmnShape.class)).as("a diagram for Modeler").hasSize(5);

    OwningUnits catalogue = mock(OwningUnits.class);
    when(catalogue.cua("1.003652")).thenReturn(UNIT);
    Mocks.register(OwningUnits.BEAN, catalogue);
    ProcessEngine processEngine = engine.getProcessEngine();
    String deployment = processEngine.getRepositoryService().createDeployment()
        .addModelInstance(file, model).addClasspathResource(InternalProcessBpmn.FORM_RESOURCE).deploy().getId();
    try {
      String instance = processEngine.getRuntimeService()
          .startProcessInstanceByKey("quy-trinh-noi-bo-1-003652").getId();
      for (String group : List.of(UNIT, "van-phong-so", "lanh-dao-so")) {
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup(group).count())
            .isEqualTo(1);
        assertThat(task.getDueDate()).isNotNull();
        assertThat(processEngine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey())
            .isEqualTo(InternalProcessBpmn.FORM);
        assertThat(processEngine.getFormService().getDeployedTaskForm(task.getId())).as("deployed with it").isNotNull();
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
