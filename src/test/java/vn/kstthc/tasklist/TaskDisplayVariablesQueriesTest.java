package vn.kstthc.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TaskDisplayVariables} asks the history for a step's earlier runs only when there can be
 * some: not for the first steps of a case it starts (issue 23), still after a return.
 */
class TaskDisplayVariablesQueriesTest {

  static final AtomicInteger historicTaskQueries = new AtomicInteger();
  static ProcessEngine engine;

  @BeforeAll
  static void startAnEngineThatCountsHistoricTaskQueries() {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("task-display-queries");
    configuration.setJdbcUrl("jdbc:h2:mem:task-display-queries");
    configuration.setHistory("full");
    configuration.setProcessEnginePlugins(List.of(new TasklistEnginePlugin()));
    configuration.setCustomPreCommandInterceptorsTxRequired(List.of(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (command instanceof HistoricTaskInstanceQueryImpl) {
          historicTaskQueries.incrementAndGet();
        }
        return next.execute(command);
      }
    }));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addModelInstance("tra-lai.bpmn", Bpmn.createExecutableProcess("tra-lai")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("BaoCao")
            .userTask("XacNhan")
            .exclusiveGateway("KetLuan")
            .condition("tra-lai", "${traLai}")
            .connectTo("BaoCao")
            .moveToNode("KetLuan")
            .condition("dat", "${!traLai}")
            .endEvent()
            .done())
        .deploy();
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  @Test
  void noQueryForTheFirstStepOfACaseJustStartedStillOneAfterAReturn() {
    historicTaskQueries.set(0);
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("tra-lai");
    assertThat(historicTaskQueries).hasValue(0);
    assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId())).doesNotContainKey("hienThiTraLai");

    engine.getTaskService().complete(task(instance).getId());
    assertThat(historicTaskQueries).as("the next step of a case started before").hasValue(1);
    engine.getTaskService().complete(task(instance).getId(), Map.of("traLai", true));
    assertThat(engine.getTaskService().getVariableLocal(task(instance).getId(), TaskDisplayVariables.RETURNED))
        .isEqualTo("1 lần");
  }

  private static Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
