package vn.kstthc.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.kstthc.assignment.GiaoViecProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.kstthc.platform.ProcessTests;

@Deployment(
    resources = {
      "processes/giao-viec.bpmn",
      "forms/giao-viec/khoi-tao.form",
      "forms/giao-viec/bao-cao-ket-qua.form",
      "forms/giao-viec/xac-nhan-ket-qua.form"
    })
class GiaoViecProcessTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(
        KEY,
        withVariables(
            TIEU_DE.name(), "Rà soát thủ tục hành chính lĩnh vực khoa học",
            NOI_DUNG.name(), "Rà soát và đề xuất phương án đơn giản hóa",
            DON_VI_CHU_TRI.name(), "phong-quan-ly-khoa-hoc",
            HAN_HOAN_THANH.name(), "2026-12-15"));
  }

  @Test
  void unitReportsAndOfficeAccepts() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt(TASK_REPORT_RESULT);
    Task report = task(instance);
    assertThat(report).hasCandidateGroup("phong-quan-ly-khoa-hoc");
    assertThat(report.getDueDate()).isEqualTo(endOfOfficeDay(LocalDate.of(2026, 12, 15)));

    complete(report, withVariables(KET_QUA.name(), "Đã rà soát 12 thủ tục"));
    assertThat(instance).isWaitingAt(TASK_CONFIRM_RESULT);
    assertThat(task(instance)).hasCandidateGroup(GROUP_VAN_PHONG);
    assertThat(task(instance).getDueDate()).isAfter(new Date());

    complete(task(instance), withVariables(KET_LUAN.name(), KET_LUAN_DAT));
    assertThat(instance).hasPassedInOrder(
        START_EVENT, TASK_REPORT_RESULT, TASK_CONFIRM_RESULT, GATEWAY_RESULT_ACCEPTED, END_EVENT);
    assertThat(instance).isEnded();
  }

  @Test
  void officeReturnsResultForRevisionThenAccepts() {
    ProcessInstance instance = start();
    complete(task(instance), withVariables(KET_QUA.name(), "Bản đầu"));

    complete(
        task(instance),
        withVariables(KET_LUAN.name(), KET_LUAN_TRA_LAI, Y_KIEN_XAC_NHAN.name(), "Thiếu số liệu"));

    assertThat(instance).isWaitingAt(TASK_REPORT_RESULT);
    assertThat(task(instance)).hasCandidateGroup("phong-quan-ly-khoa-hoc");
    assertThat(instance).variables().containsEntry(Y_KIEN_XAC_NHAN.name(), "Thiếu số liệu");

    complete(task(instance), withVariables(KET_QUA.name(), "Bản bổ sung"));
    // The Văn phòng decides again from a blank form: Tasklist fills a form from the case's
    // variables, and the previous "trả lại" must not be pre-chosen.
    assertThat(instance).isWaitingAt(TASK_CONFIRM_RESULT);
    assertThat(instance).variables().doesNotContainKey(KET_LUAN.name()).doesNotContainKey(Y_KIEN_XAC_NHAN.name());
    complete(task(instance), withVariables(KET_LUAN.name(), KET_LUAN_DAT));
    assertThat(instance).isEnded();
  }

  /** A date chosen in a form means the end of office hours (17:30) that day. */
  private static Date endOfOfficeDay(LocalDate date) {
    return Date.from(date.atTime(17, 30).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
  }
}
