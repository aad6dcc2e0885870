package vn.kstthc.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.kstthc.platform.ProcessTests;

/** The platform rule of {@link BlankDecisions}, on a small check that can return to itself. */
class BlankDecisionsTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  static final String FORM = """
      {"id": "blank-test", "type": "default", "components": [
        {"key": "ghiChu", "type": "textfield", "label": "Ghi chú"},
        {"key": "ketLuan", "type": "radio", "label": "Kết luận", "validate": {"required": true},
         "properties": {"kstthc.moTrong": "true"},
         "values": [{"label": "Đạt", "value": "dat"}, {"label": "Trả lại", "value": "tra-lai"}]},
        {"key": "soLan", "type": "number", "label": "Số lần", "properties": {"kstthc.moTrong": "false"}}
      ]}""";

  /** A check that returns to itself; the same check in a sub-process that gives its own value; and
   * with an input parameter without value. */
  static final String BPMN = """
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          targetNamespace="test">
        <process id="blank-test" isExecutable="true" camunda:historyTimeToLive="P1D">
          <startEvent id="start" />
          <sequenceFlow sourceRef="start" targetRef="check" />
          <userTask id="check" camunda:formRef="blank-test" camunda:formRefBinding="deployment" />
          <sequenceFlow sourceRef="check" targetRef="decided" />
          <exclusiveGateway id="decided" />
          <sequenceFlow sourceRef="decided" targetRef="check">
            <conditionExpression>${ketLuan == 'tra-lai'}</conditionExpression>
          </sequenceFlow>
          <sequenceFlow sourceRef="decided" targetRef="sub">
            <conditionExpression>${ketLuan == 'dat'}</conditionExpression>
          </sequenceFlow>
          <subProcess id="sub">
            <extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="ketLuan">tra-lai</camunda:inputParameter>
            </camunda:inputOutput></extensionElements>
            <startEvent id="subStart" />
            <sequenceFlow sourceRef="subStart" targetRef="nestedCheck" />
            <userTask id="nestedCheck" camunda:formRef="blank-test" camunda:formRefBinding="deployment" />
            <sequenceFlow sourceRef="nestedCheck" targetRef="subEnd" />
            <endEvent id="subEnd" />
          </subProcess>
          <sequenceFlow sourceRef="sub" targetRef="mappedCheck" />
          <userTask id="mappedCheck" camunda:formRef="blank-test" camunda:formRefBinding="deployment">
            <extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="ketLuan" />
            </camunda:inputOutput></extensionElements>
          </userTask>
          <sequenceFlow sourceRef="mappedCheck" targetRef="end" />
          <endEvent id="end" />
        </process>
      </definitions>""";

  String deployment;

  @BeforeEach
  void deploy() {
    deployment = repositoryService().createDeployment()
        .addString("blank-test.bpmn", BPMN).addString("blank-test.form", FORM).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService().deleteDeployment(deployment, true);
  }

  private Map<String, Object> seen(ProcessInstance instance) {
    return taskService().getVariables(task(instance).getId());
  }

  @Test
  void aCheckOpensWithItsDecisionEmptyEveryTimeAndTheGatewayReadsWhatWasSubmitted() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("blank-test",
        withVariables("ketLuan", "dat", "ghiChu", "Hồ sơ số 1", "soLan", 1));

    assertThat(instance).isWaitingAt("check");
    assertThat(seen(instance)).doesNotContainKey("ketLuan").containsEntry("ghiChu", "Hồ sơ số 1").containsEntry("soLan", 1);

    complete(task(instance), withVariables("ketLuan", "tra-lai"));
    assertThat(instance).isWaitingAt("check");
    assertThat(seen(instance)).doesNotContainKey("ketLuan");

    complete(task(instance), withVariables("ketLuan", "dat"));
    assertThat(instance).isWaitingAt("nestedCheck");
  }

  @Test
  void theValueGoesFromEveryEnclosingScopeButAnEmptyInputParameterAlreadyHidesIt() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("blank-test");
    complete(task(instance), withVariables("ketLuan", "dat"));

    // the sub-process's own 'tra-lai' and the case's 'dat' are both gone
    assertThat(instance).isWaitingAt("nestedCheck");
    assertThat(seen(instance)).doesNotContainKey("ketLuan");
    assertThat(runtimeService().getVariable(instance.getId(), "ketLuan")).isNull();

    complete(task(instance), withVariables("ketLuan", "dat"));
    assertThat(instance).isWaitingAt("mappedCheck");
    assertThat(seen(instance)).containsEntry("ketLuan", null);
    assertThat(runtimeService().getVariable(instance.getId(), "ketLuan")).isEqualTo("dat");
  }
}
