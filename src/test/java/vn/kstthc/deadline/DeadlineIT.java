package vn.kstthc.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.notification.NotificationKind;
import vn.kstthc.notification.NotificationOutbox;
import vn.kstthc.notification.NotificationSender;
import vn.kstthc.platform.DatabaseLock;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * Deadlines in the running application on PostgreSQL: a process declares its dossier deadline as
 * an extension property, a task its own with {@code camunda:dueDate}; both are counted in working
 * days, and every completed task and finished dossier is judged and stored.
 */
class DeadlineIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final String ADMIN_PASSWORD = "Quan-tri-Han-2026!";
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  static RunningApplication app;
  static Rest admin;
  static Rest officer;

  static final String PROCESS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://kstthc.vn/test">
        <bpmn:process id="thu-han-xu-ly" name="Thử hạn xử lý" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:extensionElements>
            <camunda:properties>
              <camunda:property name="hanXuLyHoSo" value="P10D" />
            </camunda:properties>
          </bpmn:extensionElements>
          <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
          <bpmn:userTask id="UserTask_XuLy" name="Xử lý" camunda:candidateGroups="phong-quan-ly-khoa-hoc" camunda:dueDate="P2D">
            <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="f1" sourceRef="StartEvent_1" targetRef="UserTask_XuLy" />
          <bpmn:sequenceFlow id="f2" sourceRef="UserTask_XuLy" targetRef="EndEvent_1" />
        </bpmn:process>
      </bpmn:definitions>
      """
          .strip();

  /**
   * A step of two units counted in hours, then a step whose responsible unit is named, due at the
   * dossier's deadline.
   */
  static final String UNITS_PROCESS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://kstthc.vn/test">
        <bpmn:process id="thu-don-vi" name="Thử đơn vị chịu trách nhiệm" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:extensionElements>
            <camunda:properties><camunda:property name="hanXuLyHoSo" value="P10D" /></camunda:properties>
          </bpmn:extensionElements>
          <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
          <bpmn:userTask id="UserTask_Gio" name="Phối hợp trong ngày" camunda:candidateGroups="phong-tc-dl-cl, phong-bcvt-cds" camunda:dueDate="PT8H">
            <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:userTask id="UserTask_ChiuTrachNhiem" name="Chủ trì" camunda:candidateGroups="phong-bcvt-cds,${donViChuTri}" camunda:dueDate="${hanXuLyHoSo}">
            <bpmn:extensionElements>
              <camunda:properties><camunda:property name="donViChiuTrachNhiem" value="${donViChuTri}" /></camunda:properties>
            </bpmn:extensionElements>
            <bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="f1" sourceRef="StartEvent_1" targetRef="UserTask_Gio" />
          <bpmn:sequenceFlow id="f2" sourceRef="UserTask_Gio" targetRef="UserTask_ChiuTrachNhiem" />
          <bpmn:sequenceFlow id="f3" sourceRef="UserTask_ChiuTrachNhiem" targetRef="EndEvent_1" />
        </bpmn:process>
      </bpmn:definitions>
      """
          .strip();

  /**
   * Communes are consulted: a step sets the dossier's deadline to 15 working days instead of 10; the
   * next step is due at the earlier of its own deadline and the dossier's.
   */
  static final String COMMUNES_PROCESS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://kstthc.vn/test">
        <bpmn:process id="thu-y-kien-xa" name="Thử lấy ý kiến cấp xã" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:extensionElements>
            <camunda:properties>
              <camunda:property name="hanXuLyHoSo" value="P10D" />
            </camunda:properties>
          </bpmn:extensionElements>
          <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
          <bpmn:serviceTask id="ServiceTask_LayYKienXa" name="Đặt hạn 15 ngày" camunda:delegateExpression="${datHanXuLyHoSo}">
            <bpmn:extensionElements>
              <camunda:inputOutput>
                <camunda:inputParameter name="han">P15D</camunda:inputParameter>
                <camunda:inputParameter name="lyDo">Lấy ý kiến cấp xã: 15 ngày làm việc</camunda:inputParameter>
              </camunda:inputOutput>
            </bpmn:extensionElements>
            <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:userTask id="UserTask_XuLy" name="Xử lý" camunda:candidateGroups="phong-quan-ly-khoa-hoc"
              camunda:dueDate="${earlierOf('P20D', hanXuLyHoSo)}">
            <bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="f1" sourceRef="StartEvent_1" targetRef="ServiceTask_LayYKienXa" />
          <bpmn:sequenceFlow id="f2" sourceRef="ServiceTask_LayYKienXa" targetRef="UserTask_XuLy" />
          <bpmn:sequenceFlow id="f3" sourceRef="UserTask_XuLy" targetRef="EndEvent_1" />
        </bpmn:process>
      </bpmn:definitions>
      """
          .strip();

  @BeforeAll
  static void start() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_deadline"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    // the tests run the deadline scan and the notification sender themselves, at the times they set
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("kstthc.notification.sending-enabled", "false");
    properties.put("kstthc.deadlines.scan-enabled", "false");
    app = RunningApplication.start(properties, "postgres");
    admin = app.rest("admin", ADMIN_PASSWORD);
    officer = app.rest("qlkh.giang", PASSWORD);
    admin.postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", "thu-han"), "thu-han-xu-ly.bpmn", PROCESS)
        .expect(200);
    admin.postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", "thu-don-vi"), "thu-don-vi.bpmn", UNITS_PROCESS)
        .expect(200);
    admin.postMultipart(
            "/engine-rest/deployment/create", Map.of("deployment-name", "thu-y-kien-xa"), "thu-y-kien-xa.bpmn", COMMUNES_PROCESS)
        .expect(200);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static String startDossier() {
    return admin.post("/engine-rest/process-definition/key/thu-han-xu-ly/start", Map.of()).expect(200).json().get("id").asText();
  }

  static JsonNode task(String instance) {
    return officer.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0);
  }

  @Test
  void dossierAndTaskDeadlinesAreWorkingDaysAndAnEarlyFinishIsRecorded() {
    ZonedDateTime received = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, VN); // Monday
    ClockUtil.setCurrentTime(Date.from(received.toInstant()));
    String instance = startDossier();

    JsonNode deadline = admin.get("/engine-rest/process-instance/" + instance + "/variables/hanXuLyHoSo").expect(200).json();
    assertThat(deadline.get("type").asText()).isEqualTo("Date");
    assertThat(Instant.from(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").parse(deadline.get("value").asText())))
        .isEqualTo(ZonedDateTime.of(2026, 12, 7, 17, 30, 0, 0, VN).toInstant()); // 10 working days
    JsonNode task = task(instance);
    assertThat(task.get("due").asText()).startsWith("2026-11-25T17:30:00.000+0700"); // 2 working days

    ClockUtil.setCurrentTime(Date.from(received.plusHours(3).toInstant()));
    officer.post("/engine-rest/task/" + task.get("id").asText() + "/complete", Map.of()).expect(204);

    OutcomeRepository outcomes = app.bean(OutcomeRepository.class);
    Outcome taskOutcome = outcomes.find(task.get("id").asText()).orElseThrow();
    assertThat(taskOutcome.status()).isEqualTo(Timeliness.SOM_HAN);
    assertThat(taskOutcome.unitId()).isEqualTo("phong-quan-ly-khoa-hoc");
    assertThat(taskOutcome.officerId()).isEqualTo("qlkh.giang");
    assertThat(taskOutcome.activityId()).isEqualTo("UserTask_XuLy");
    assertThat(taskOutcome.workingDaysLate()).isZero();
    Outcome dossier = outcomes.find(instance).orElseThrow();
    assertThat(dossier.kind()).isEqualTo(Outcome.Kind.INSTANCE);
    assertThat(dossier.processDefinitionKey()).isEqualTo("thu-han-xu-ly");
    assertThat(dossier.status()).isEqualTo(Timeliness.SOM_HAN);
    assertThat(dossier.officerId()).isEqualTo("admin");
  }

  @Test
  void aLateTaskIsRecordedWithItsWorkingDaysOfDelay() {
    ZonedDateTime received = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, VN);
    ClockUtil.setCurrentTime(Date.from(received.toInstant()));
    String instance = startDossier();
    String taskId = task(instance).get("id").asText();

    // due Wed 25/11 17:30; done Monday 30/11: Thu, Fri, Mon = 3 working days late
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, VN).toInstant()));
    officer.post("/engine-rest/task/" + taskId + "/complete", Map.of()).expect(204);

    Outcome outcome = app.bean(OutcomeRepository.class).find(taskId).orElseThrow();
    assertThat(outcome.status()).isEqualTo(Timeliness.TRE_HAN);
    assertThat(outcome.workingDaysLate()).isEqualTo(3);
    assertThat(app.bean(OutcomeRepository.class).find(instance).orElseThrow().status()).isEqualTo(Timeliness.SOM_HAN);
    assertThat(app.bean(WorkingDayCalendar.class).isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
  }

  @Test
  void aCancelledDossierIsMarkedCancelledNotJudged() {
    String instance = startDossier();
    admin.delete("/engine-rest/process-instance/" + instance).expect(204);
    Outcome dossier = app.bean(OutcomeRepository.class).find(instance).orElseThrow();
    assertThat(dossier.status()).isEqualTo(Timeliness.DA_HUY);
    assertThat(dossier.finishedAt()).isNotNull();
    assertThat(dossier.workingDaysLate()).isNull();
  }

  @Test
  void aDeadlineThatIsExtendedIsRemindedAgain() {
    ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0)); // Monday
    String instance = startDossier();
    String taskId = task(instance).get("id").asText(); // due Wed 25/11 17:30
    DeadlineWatcher watcher = app.bean(DeadlineWatcher.class);

    ClockUtil.setCurrentTime(at(2026, 11, 24, 17, 45));
    watcher.scan();
    watcher.scan();
    assertThat(told(taskId, NotificationKind.SAP_DEN_HAN)).hasSize(2); // the unit's two officers

    TaskService tasks = app.bean(TaskService.class);
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(at(2026, 11, 27, 17, 30)); // extended to Friday
    tasks.saveTask(task);
    ClockUtil.setCurrentTime(at(2026, 11, 26, 17, 45));
    watcher.scan();
    watcher.scan();
    assertThat(told(taskId, NotificationKind.SAP_DEN_HAN)).hasSize(4)
        .filteredOn(row -> row.subject().contains("17:30 ngày 27/11/2026")).hasSize(2);
  }

  @Test
  void anOverdueTaskIsEscalatedOnceEvenAfterItsMessagesAreDeleted() {
    ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
    String instance = startDossier();
    String taskId = task(instance).get("id").asText(); // due Wed 25/11 17:30
    DeadlineWatcher watcher = app.bean(DeadlineWatcher.class);

    ClockUtil.setCurrentTime(at(2026, 11, 26, 8, 0));
    watcher.scan();
    assertThat(told(taskId, NotificationKind.QUA_HAN)).hasSize(4);
    app.bean(NotificationSender.class).sendPending();

    ClockUtil.setCurrentTime(at(2026, 12, 28, 8, 0));
    // the sent messages are deleted, as the nightly retention does after 180 days
    app.bean(JdbcTemplate.class).update("delete from kstthc_notification where task_id = ? and status = 'SENT'", taskId);
    watcher.scan();
    assertThat(told(taskId, NotificationKind.QUA_HAN)).as("not escalated a second time").isEmpty();

    ClockUtil.setCurrentTime(at(2027, 6, 30, 8, 0)); // long overdue: no longer looked at
    watcher.scan();
    assertThat(told(taskId, NotificationKind.QUA_HAN)).isEmpty();
  }

  @Test
  void oneNodeAtATimeScansAboutOncePerInterval() {
    ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
    String taskId = task(startDossier()).get("id").asText(); // due Wed 25/11 17:30
    ClockUtil.setCurrentTime(at(2026, 11, 26, 8, 0));
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    DeadlineScheduler scheduler =
        new DeadlineScheduler(app.bean(DeadlineWatcher.class), app.bean(DatabaseLock.class), app.bean(DeadlineProperties.class));

    jdbc.update("update kstthc_lock set held_by = 'other-node', held_until = ? where name = ?",
        new Timestamp(System.currentTimeMillis() + 60_000), DatabaseLock.DEADLINE_SCAN);
    assertThat(scheduler.scan()).as("another node is scanning").isFalse();
    assertThat(told(taskId, NotificationKind.QUA_HAN)).isEmpty();

    jdbc.update("update kstthc_lock set held_until = ? where name = ?",
        new Timestamp(System.currentTimeMillis() - 1_000), DatabaseLock.DEADLINE_SCAN); // its turn is over
    assertThat(scheduler.scan()).isTrue();
    assertThat(told(taskId, NotificationKind.QUA_HAN)).hasSize(4);
    assertThat(scheduler.scan()).as("the next scan is a minute after this one, on any node").isFalse();
  }

  static List<NotificationOutbox.Row> told(String taskId, NotificationKind kind) {
    return app.bean(NotificationOutbox.class).forTask(taskId).stream().filter(row -> row.kind() == kind).toList();
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VN).toInstant());
  }

  static Date at(int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, VN).toInstant());
  }

  @Test
  void aDossierIsJudgedAgainstTheDeadlineFixedAtItsStartNotTheVariableAnOfficerChanged() {
    ClockUtil.setCurrentTime(at(11, 23, 10, 0)); // due Mon 07/12 17:30 (P10D)
    String instance = startDossier();
    String taskId = task(instance).get("id").asText();

    // Wed 09/12: late; the last step is completed with the deadline variable moved to next year
    // (officers can no longer send it, vn.kstthc.form; the administrator can, and it must not count)
    ClockUtil.setCurrentTime(at(12, 9, 9, 0));
    admin.post(
            "/engine-rest/task/" + taskId + "/complete",
            Map.of("variables", Map.of("hanXuLyHoSo", Map.of("value", "2027-06-30"))))
        .expect(204);

    Outcome dossier = app.bean(OutcomeRepository.class).find(instance).orElseThrow();
    assertThat(dossier.dueAt()).isEqualTo(at(12, 7, 17, 30).toInstant());
    assertThat(dossier.dueKind()).isEqualTo(DeadlineKind.DAYS);
    assertThat(dossier.status()).isEqualTo(Timeliness.TRE_HAN);
    assertThat(dossier.workingDaysLate()).isEqualTo(2);
  }

  @Test
  void anExtensionIsRecordedAndTheDossierIsJudgedAgainstIt() {
    ClockUtil.setCurrentTime(at(11, 23, 10, 0)); // due Mon 07/12 17:30
    String instance = startDossier();
    DossierDeadlines deadlines = app.bean(DossierDeadlines.class);

    ClockUtil.setCurrentTime(at(12, 4, 15, 0));
    DeadlineExtension extension = deadlines.extend(instance, "2026-12-15", "Chờ ý kiến của Bộ Khoa học và Công nghệ", "ld.cuong");
    assertThat(app.bean(DeadlineExtensionRepository.class).findByProcessInstance(instance)).containsExactly(extension);
    assertThat(extension.oldDueAt()).isEqualTo(at(12, 7, 17, 30).toInstant());
    assertThat(extension.newDueAt()).isEqualTo(at(12, 15, 17, 30).toInstant());
    assertThat(extension.newDueKind()).isEqualTo(DeadlineKind.DAYS);
    assertThat(extension.extendedBy()).isEqualTo("ld.cuong");
    assertThat(extension.extendedAt()).isEqualTo(at(12, 4, 15, 0).toInstant());
    JsonNode copy = admin.get("/engine-rest/process-instance/" + instance + "/variables/hanXuLyHoSo").expect(200).json();
    assertThat(copy.get("value").asText()).startsWith("2026-12-15T17:30:00.000+0700");
    assertThatThrownBy(() -> deadlines.extend(instance, "2026-12-10", "Rút ngắn", "ld.cuong"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phải sau hạn hiện tại");

    // Tue 15/12 at 20:00: after office hours on the extended due day, on time (counted in days)
    ClockUtil.setCurrentTime(at(12, 15, 20, 0));
    officer.post("/engine-rest/task/" + task(instance).get("id").asText() + "/complete", Map.of()).expect(204);
    Outcome dossier = app.bean(OutcomeRepository.class).find(instance).orElseThrow();
    assertThat(dossier.dueAt()).isEqualTo(at(12, 15, 17, 30).toInstant());
    assertThat(dossier.status()).isEqualTo(Timeliness.DUNG_HAN);
    assertThatThrownBy(() -> deadlines.extend(instance, "P5D", "Quá muộn", "ld.cuong"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aStepSetsTheDossierDeadlineAsARecordedActAndATaskDueAtItIsJudgedByDate() {
    ClockUtil.setCurrentTime(at(11, 23, 10, 0)); // P10D: Mon 07/12; P15D: Mon 14/12; P20D: Mon 21/12
    String instance =
        admin.post("/engine-rest/process-definition/key/thu-y-kien-xa/start", Map.of()).expect(200).json().get("id").asText();

    List<DeadlineExtension> extensions = app.bean(DeadlineExtensionRepository.class).findByProcessInstance(instance);
    assertThat(extensions).singleElement().satisfies(extension -> {
      assertThat(extension.oldDueAt()).isEqualTo(at(12, 7, 17, 30).toInstant());
      assertThat(extension.newDueAt()).isEqualTo(at(12, 14, 17, 30).toInstant());
      assertThat(extension.newDueKind()).isEqualTo(DeadlineKind.DAYS);
      assertThat(extension.reason()).isEqualTo("Lấy ý kiến cấp xã: 15 ngày làm việc");
      assertThat(extension.extendedBy()).isEqualTo("quy-trinh:thu-y-kien-xa/ServiceTask_LayYKienXa");
    });
    JsonNode task = task(instance);
    assertThat(task.get("due").asText()).startsWith("2026-12-14T17:30:00.000+0700");

    // Mon 14/12 at 20:00: after office hours on the due day, on time for the step and the dossier
    ClockUtil.setCurrentTime(at(12, 14, 20, 0));
    officer.post("/engine-rest/task/" + task.get("id").asText() + "/complete", Map.of()).expect(204);
    OutcomeRepository outcomes = app.bean(OutcomeRepository.class);
    assertThat(outcomes.find(task.get("id").asText()).orElseThrow().status()).isEqualTo(Timeliness.DUNG_HAN);
    Outcome dossier = outcomes.find(instance).orElseThrow();
    assertThat(dossier.dueAt()).isEqualTo(at(12, 14, 17, 30).toInstant());
    assertThat(dossier.status()).isEqualTo(Timeliness.DUNG_HAN);
  }

  static String startUnitsProcess() {
    return admin.post(
            "/engine-rest/process-definition/key/thu-don-vi/start",
            Map.of("variables", Map.of("donViChuTri", Map.of("value", "phong-quan-ly-khoa-hoc"))))
        .expect(200)
        .json()
        .get("id")
        .asText();
  }

  static String completeTaskOf(String instance, Map<String, Object> variables) {
    String taskId = admin.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0).get("id").asText();
    admin.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables)).expect(204);
    return taskId;
  }

  static String completeTaskOf(String instance) {
    return completeTaskOf(instance, Map.of());
  }

  @Test
  void aTaskDueAtTheDossiersDeadlineIsDueAtItAsFixedNotAtTheChangedVariable() {
    ClockUtil.setCurrentTime(at(11, 23, 10, 0)); // dossier due Mon 07/12 17:30 (P10D)
    String instance = startUnitsProcess();
    completeTaskOf(instance, Map.of("hanXuLyHoSo", Map.of("value", "2027-06-30")));

    JsonNode next = admin.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0);
    assertThat(next.get("due").asText()).startsWith("2026-12-07T17:30:00.000+0700");
  }

  @Test
  void anHourDeadlineThatFallsAtTheCloseOfOfficeHoursIsJudgedByTheMinute() {
    ClockUtil.setCurrentTime(at(11, 23, 7, 30)); // PT8H: due 17:30 the same day
    String instance = startUnitsProcess();
    ClockUtil.setCurrentTime(at(11, 23, 18, 30));
    String taskId = completeTaskOf(instance);

    Outcome outcome = app.bean(OutcomeRepository.class).find(taskId).orElseThrow();
    assertThat(outcome.dueAt()).isEqualTo(at(11, 23, 17, 30).toInstant());
    assertThat(outcome.dueKind()).isEqualTo(DeadlineKind.HOURS);
    assertThat(outcome.status()).isEqualTo(Timeliness.TRE_HAN);
  }

  @Test
  void aTaskOfSeveralUnitsIsChargedToItsLeadUnit() {
    String instance = startUnitsProcess();
    String together = completeTaskOf(instance);
    String named = completeTaskOf(instance);

    OutcomeRepository outcomes = app.bean(OutcomeRepository.class);
    assertThat(outcomes.find(together).orElseThrow().unitId()).as("first as written").isEqualTo("phong-tc-dl-cl");
    assertThat(outcomes.find(named).orElseThrow().unitId()).as("donViChiuTrachNhiem").isEqualTo("phong-quan-ly-khoa-hoc");
    assertThat(outcomes.find(named).orElseThrow().dueKind()).isEqualTo(DeadlineKind.DAYS);
  }
}
