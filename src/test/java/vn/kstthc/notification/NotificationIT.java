package vn.kstthc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kstthc.assignment.GiaoViecRequests;
import vn.kstthc.deadline.DeadlineWatcher;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.TestPostgres;
import vn.kstthc.platform.TestSmtp;

/**
 * Officers are told by e-mail, through a real SMTP server (GreenMail), and a mail server that is
 * down costs retries and finally an incident, never a task. The sender and the job executor are
 * off: the test runs the sender ({@link NotificationSender#sendPending}) and the retry jobs itself,
 * as they would run after each commit.
 */
class NotificationIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final String ADMIN_PASSWORD = "Quan-tri-Thu-2026!";
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

  static RunningApplication app;
  static Rest office;
  static Rest admin;

  @BeforeAll
  static void start() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_notification"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", SMTP.getPort());
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("kstthc.deadlines.scan-enabled", "false");
    properties.put("kstthc.notification.public-url", "https://kstthc.tinh.example/");
    properties.put("kstthc.notification.retry-delays", "PT1M,PT5M");
    properties.put("kstthc.notification.sending-enabled", "false");
    properties.put("kstthc.notification.batch-size", "3"); // most tests' rows take more than one batch
    app = RunningApplication.start(properties, "postgres");
    office = app.rest("vps.an", PASSWORD);
    admin = app.rest("admin", ADMIN_PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @BeforeEach
  void emptyMailbox() throws Exception {
    if (!smtp.isRunning()) {
      smtp.start();
    }
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static String assign(String unit, String due) {
    return GiaoViecRequests.start(
        office, unit, "Rà soát thủ tục lĩnh vực sở hữu trí tuệ", "Đề xuất phương án đơn giản hóa", due);
  }

  /** Sends what is queued, as the sender would after each commit: how many notifications it tried. */
  static int send() {
    return app.bean(NotificationSender.class).sendPending();
  }

  /** Runs the due jobs (notifications' retries) of an instance, as the job executor would. */
  static int runJobs(String instance) {
    ManagementService management = app.bean(ManagementService.class);
    List<Job> jobs = management.createJobQuery().processInstanceId(instance).withRetriesLeft().list();
    for (Job job : jobs) {
      management.executeJob(job.getId());
    }
    return jobs.size();
  }

  static String taskOf(String instance) {
    return app.bean(TaskService.class).createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  @Test
  void aNewTaskIsMailedToEveryOfficerOfTheUnitWithALinkToIt() throws Exception {
    String instance = assign("phong-quan-ly-khoa-hoc", "2026-12-15");
    String task = taskOf(instance);
    assertThat(app.bean(NotificationOutbox.class).forTask(task))
        .extracting(NotificationOutbox.Row::recipient, NotificationOutbox.Row::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("qlkh.giang", "PENDING"),
            org.assertj.core.groups.Tuple.tuple("qlkh.khanh", "PENDING"));
    assertThat(smtp.getReceivedMessages()).isEmpty(); // nothing before the sender runs
    assertThat(app.bean(ManagementService.class).createJobQuery().processInstanceId(instance).count())
        .as("no job: the rows are the queue").isZero();

    assertThat(send()).isEqualTo(2);

    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat(Arrays.stream(mails).map(NotificationIT::to))
        .containsExactlyInAnyOrder("qlkh.giang@kstthc.example", "qlkh.khanh@kstthc.example");
    MimeMessage mail = mails[0];
    assertThat(mail.getSubject()).isEqualTo("[KSTTHC] Công việc mới: Báo cáo kết quả thực hiện nhiệm vụ");
    String text = new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Phòng Quản lý khoa học có công việc mới cần xử lý.")
        .contains("Kính gửi anh/chị ")
        .contains("Nhiệm vụ: Rà soát thủ tục lĩnh vực sở hữu trí tuệ") // giao-viec's tieuDe.nhan
        .contains("Hạn xử lý: 17:30 ngày 15/12/2026")
        .contains("Xem và xử lý tại: https://kstthc.tinh.example/camunda/app/tasklist/default/#/?task=" + task);
    assertThat(app.bean(NotificationOutbox.class).forTask(task)).allMatch(row -> row.status().equals("SENT"));
  }

  @Test
  void aBatchThatFailsToCommitAfterSendingDoesNotSendAgainWhenItRunsAgain() throws Exception {
    String instance = assign("phong-quan-ly-khoa-hoc", "2026-12-15");
    String task = taskOf(instance);

    // the mails leave, then the batch's transaction never commits (the JVM killed, the database gone)
    new TransactionTemplate(app.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
      send();
      status.setRollbackOnly();
    });
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(app.bean(NotificationOutbox.class).forTask(task)).allMatch(row -> row.status().equals("PENDING"));

    send(); // the next batch, as after a restart or on another node
    assertThat(smtp.getReceivedMessages()).as("no mail twice").hasSize(2);
    assertThat(app.bean(NotificationOutbox.class).forTask(task))
        .allMatch(row -> row.status().equals("SENT") && row.address() != null);
    assertThat(app.bean(org.springframework.jdbc.core.JdbcTemplate.class)
        .queryForObject("select count(*) from kstthc_notification_delivery", Integer.class))
        .as("the marks are gone once the sends are committed").isZero();
  }

  @Test
  void twoSendersAtTheSameMomentShareTheRowsAndNoMailGoesTwice() throws Exception {
    send();
    assign("phong-quan-ly-khoa-hoc", "2026-12-15");
    assign("phong-bcvt-cds", "2026-12-15");
    int queued = app.bean(JdbcTemplate.class).queryForObject(
        "select count(*) from kstthc_notification where status = 'PENDING' and tries = 0", Integer.class);
    CountDownLatch taken = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      // the first sender has taken the rows and is sending; its transaction is still open
      Future<Integer> first = nodes.submit(() ->
          new TransactionTemplate(app.bean(PlatformTransactionManager.class)).execute(status -> {
            int tried = send();
            taken.countDown();
            await(release);
            return tried;
          }));
      taken.await();
      // the second neither waits for the first's rows nor sends them (bounded: a sender that waited would hang)
      int second = nodes.submit(NotificationIT::send).get(60, TimeUnit.SECONDS);
      release.countDown();

      assertThat(second).isZero();
      assertThat(first.get()).isEqualTo(queued);
    } finally {
      release.countDown();
      nodes.shutdown();
    }
    assertThat(send()).as("nothing left once the first committed").isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(queued);
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotificationIT::to).distinct()).hasSize(queued);
  }

  @Test
  void aTaskWhoseTransactionRollsBackSendsNothing() throws Exception {
    String instance = assign("phong-bcvt-cds", "2026-12-15");
    send();
    smtp.purgeEmailFromAllMailboxes();
    String task = taskOf(instance);

    new TransactionTemplate(app.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
      app.bean(TaskService.class).setAssignee(task, "cds.hung"); // queues a notification for cds.hung
      assertThat(kinds(task)).contains(NotificationKind.DUOC_GIAO);
      status.setRollbackOnly();
    });

    assertThat(send()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(kinds(task)).doesNotContain(NotificationKind.DUOC_GIAO);
  }

  static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aDatabaseFailureWhileSendingIsNotTakenForAMailFailureAndRaisesNoIncident() {
    String instance = assign("phong-tc-dl-cl", "2026-12-15");
    String task = taskOf(instance);
    ManagementService management = app.bean(ManagementService.class);
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);

    // the database fails while the sender sends (as when PostgreSQL restarts)
    jdbc.execute("alter table kstthc_notification_delivery rename to kstthc_notification_delivery_away");
    try {
      assertThatThrownBy(NotificationIT::send).as("the batch fails, as a whole").isNotNull();
    } finally {
      jdbc.execute("alter table kstthc_notification_delivery_away rename to kstthc_notification_delivery");
    }
    assertThat(app.bean(RuntimeService.class).createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(management.createJobQuery().processInstanceId(instance).count())
        .as("no retry chain: the mail server did not fail").isZero();
    assertThat(app.bean(NotificationOutbox.class).forTask(task)).allMatch(row -> row.status().equals("PENDING"));

    send(); // the next batch
    assertThat(app.bean(NotificationOutbox.class).forTask(task)).allMatch(row -> row.status().equals("SENT"));
  }

  @Test
  void aKindQueuedByANewerVersionIsSentAsWrittenWithTheOthers() throws Exception {
    send();
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    // queued by a newer node during a rolling deploy, before the task below: it heads the next batch
    jdbc.update("insert into kstthc_notification (id, event_id, dedup_key, kind, channel, recipient, subject, body,"
            + " status, created_at) values ('kind-moi', 'kind-moi', 'kind-moi', 'LOAI_MOI', 'mail', 'qlkh.giang',"
            + " 'Chủ đề', 'Nội dung', 'PENDING', ?)", new Date(0));
    String task = taskOf(assign("phong-quan-ly-khoa-hoc", "2026-12-15"));

    assertThat(send()).isEqualTo(3);
    assertThat(jdbc.queryForMap("select status from kstthc_notification where id = 'kind-moi'"))
        .containsEntry("status", "SENT");
    assertThat(app.bean(NotificationOutbox.class).forTask(task)).allMatch(row -> row.status().equals("SENT"));
    assertThat(smtp.getReceivedMessages()).hasSize(3)
        .anyMatch(mail -> {
          try {
            return mail.getSubject().equals("Chủ đề");
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void anAssignmentBySomeoneElseIsMailedToTheAssignee() throws Exception {
    String instance = assign("phong-bcvt-cds", "2026-12-15");
    send();
    smtp.purgeEmailFromAllMailboxes();
    String task = taskOf(instance);

    app.rest("cds.lan", PASSWORD).post("/engine-rest/task/" + task + "/claim", Map.of("userId", "cds.lan")).expect(204);
    assertThat(send()).as("claiming one's own task mails nobody").isZero();

    admin.post("/engine-rest/task/" + task + "/assignee", Map.of("userId", "cds.hung")).expect(204);
    assertThat(send()).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(to(smtp.getReceivedMessages()[0])).isEqualTo("cds.hung@kstthc.example");
    assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("[KSTTHC] Anh/chị được giao công việc");
  }

  @Test
  void aMailServerThatIsDownCostsRetriesThenAnIncidentNeverTheTask() throws Exception {
    smtp.stop();
    String instance = assign("phong-tc-dl-cl", "2026-12-15");
    String task = taskOf(instance);
    assertThat(app.rest("tdc.minh", PASSWORD).get("/engine-rest/task/" + task).status()).isEqualTo(200);

    send(); // try 1 fails: noted, tried again after 1 minute, by the row's job
    NotificationOutbox.Row row = app.bean(NotificationOutbox.class).forTask(task).get(0);
    assertThat(row.status()).isEqualTo("PENDING");
    assertThat(row.note()).contains("Không gửi được thông báo").contains("lần 1");
    Job retry = app.bean(ManagementService.class).createJobQuery().processInstanceId(instance).singleResult();
    assertThat(retry.getDuedate()).isAfter(new Date());

    runJobs(instance); // try 2 fails: tried again after 5 minutes
    ManagementService management = app.bean(ManagementService.class);
    String last = management.createJobQuery().processInstanceId(instance).singleResult().getId();
    for (int run = 0; run < NotificationService.PLATFORM_RETRIES; run++) { // the last try, made at once that often
      assertThatThrownBy(() -> management.executeJob(last)).hasMessageContaining("lần 3");
    }

    RuntimeService runtime = app.bean(RuntimeService.class);
    assertThat(runtime.createIncidentQuery().configuration(last).incidentType("failedJob").singleResult().getIncidentMessage())
        .contains("Không gửi được thông báo");
    assertThat(taskOf(instance)).isEqualTo(task);

    smtp.start(); // the mail server is back: an administrator retries the job in Cockpit
    management.setJobRetries(last, 1);
    management.executeJob(last);
    assertThat(app.bean(NotificationOutbox.class).forTask(task).get(0).status()).isEqualTo("SENT");
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(runtime.createIncidentQuery().configuration(last).count()).isZero();
  }

  @Test
  void officersAreRemindedTheDayBeforeAndTheHeadAndOfficeToldWhenOverdue() throws Exception {
    String instance = assign("phong-quan-ly-khoa-hoc", "2026-12-15"); // due Tue 15/12 17:30
    send();
    smtp.purgeEmailFromAllMailboxes();
    String task = taskOf(instance);
    DeadlineWatcher watcher = app.bean(DeadlineWatcher.class);

    ClockUtil.setCurrentTime(at(2026, 12, 14, 17, 0));
    watcher.scan();
    assertThat(kinds(task)).doesNotContain(NotificationKind.SAP_DEN_HAN);

    ClockUtil.setCurrentTime(at(2026, 12, 14, 17, 45));
    watcher.scan();
    watcher.scan();
    assertThat(app.bean(NotificationOutbox.class).forTask(task))
        .filteredOn(row -> row.kind() == NotificationKind.SAP_DEN_HAN)
        .extracting(NotificationOutbox.Row::recipient)
        .containsExactlyInAnyOrder("qlkh.giang", "qlkh.khanh");

    ClockUtil.setCurrentTime(at(2026, 12, 16, 8, 0));
    watcher.scan();
    watcher.scan();
    assertThat(app.bean(NotificationOutbox.class).forTask(task))
        .filteredOn(row -> row.kind() == NotificationKind.QUA_HAN)
        .extracting(NotificationOutbox.Row::recipient)
        .containsExactlyInAnyOrder("qlkh.khanh", "vps.an", "vps.binh", "cqt.tam");

    send();
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotificationIT::subject))
        .contains("[KSTTHC] Quá hạn: Báo cáo kết quả thực hiện nhiệm vụ (hạn 17:30 ngày 15/12/2026)")
        .contains("[KSTTHC] Sắp đến hạn: Báo cáo kết quả thực hiện nhiệm vụ (hạn 17:30 ngày 15/12/2026)");
    assertThat(taskOf(instance)).as("the task stays where it is").isEqualTo(task);
  }

  @Test
  void sentNotificationsAreDeletedAfterTheRetentionPendingOnesStay() {
    String instance = assign("phong-bcvt-cds", "2026-12-15");
    String task = taskOf(instance);
    send(); // sent
    String pendingInstance = assign("phong-tc-dl-cl", "2026-12-15"); // not sent yet
    String pendingTask = taskOf(pendingInstance);

    int deleted = app.bean(NotificationRetention.class).deleteOlderThan(java.time.Instant.now().plusSeconds(60));

    assertThat(deleted).isPositive();
    assertThat(app.bean(NotificationOutbox.class).forTask(task)).isEmpty();
    assertThat(app.bean(NotificationOutbox.class).forTask(pendingTask)).isNotEmpty()
        .allMatch(row -> row.status().equals("PENDING"));
    send();
  }

  /** A task for a unit and, at the same time, an asynchronous step of the same dossier. */
  static final String TASK_AND_ASYNC_STEP =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://kstthc.vn/test">
        <bpmn:process id="thu-thong-bao" name="Thử thông báo" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
          <bpmn:parallelGateway id="Gateway_1"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing><bpmn:outgoing>f3</bpmn:outgoing></bpmn:parallelGateway>
          <bpmn:userTask id="UserTask_XuLy" name="Xử lý" camunda:candidateGroups="phong-quan-ly-khoa-hoc">
            <bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f4</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:serviceTask id="ServiceTask_Ghi" name="Ghi nhận" camunda:asyncBefore="true" camunda:expression="${true}">
            <bpmn:incoming>f3</bpmn:incoming><bpmn:outgoing>f5</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>
          <bpmn:endEvent id="EndEvent_2"><bpmn:incoming>f5</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="f1" sourceRef="StartEvent_1" targetRef="Gateway_1" />
          <bpmn:sequenceFlow id="f2" sourceRef="Gateway_1" targetRef="UserTask_XuLy" />
          <bpmn:sequenceFlow id="f3" sourceRef="Gateway_1" targetRef="ServiceTask_Ghi" />
          <bpmn:sequenceFlow id="f4" sourceRef="UserTask_XuLy" targetRef="EndEvent_1" />
          <bpmn:sequenceFlow id="f5" sourceRef="ServiceTask_Ghi" targetRef="EndEvent_2" />
        </bpmn:process>
      </bpmn:definitions>
      """
          .strip();

  @Test
  void aNotificationBeingRetriedHoldsBackNoStepOfItsDossier() {
    smtp.stop(); // the first try fails: the notification's retry job
    admin.postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", "thu-thong-bao"), "thu-thong-bao.bpmn",
            TASK_AND_ASYNC_STEP)
        .expect(200);
    String instance =
        admin.post("/engine-rest/process-definition/key/thu-thong-bao/start", Map.of()).expect(200).json().get("id").asText();
    send();
    smtp.start();
    ManagementService management = app.bean(ManagementService.class);
    Job mail = management.createJobQuery().processInstanceId(instance).list().stream()
        .filter(job -> ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).getJobHandlerType()
            .equals(NotificationJobHandler.TYPE))
        .findFirst().orElseThrow();
    Job step = management.createJobQuery().processInstanceId(instance).activityId("ServiceTask_Ghi").singleResult();
    management.setJobDuedate(mail.getId(), new Date(System.currentTimeMillis() - 1000)); // the retry is due
    assertThat(mail.getProcessInstanceId()).as("Cockpit shows the job with its dossier").isEqualTo(instance);

    lockAsIfRunning(mail.getId());
    assertThat(acquirable(instance)).as("the dossier's step runs while its mail waits on the server")
        .contains(step.getId());
    unlock(mail.getId());

    lockAsIfRunning(step.getId());
    assertThat(acquirable(instance)).as("a mail waits for no step of its dossier").contains(mail.getId());
    unlock(step.getId());

    management.executeJob(step.getId());
    management.executeJob(mail.getId());
  }

  /** What the job executor would pick up now, among the jobs of an instance. */
  static List<String> acquirable(String instance) {
    return app.bean(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl.class).getCommandExecutorTxRequired()
        .execute(context -> context.getJobManager().findNextJobsToExecute(new org.camunda.bpm.engine.impl.Page(0, 1000)))
        .stream()
        .filter(job -> instance.equals(job.getProcessInstanceId()))
        .map(org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity::getId)
        .toList();
  }

  /** As the job executor of another node marks a job it is running. */
  static void lockAsIfRunning(String jobId) {
    app.bean(org.springframework.jdbc.core.JdbcTemplate.class).update(
        "update act_ru_job set lock_owner_ = 'other-node', lock_exp_time_ = ? where id_ = ?",
        new java.sql.Timestamp(System.currentTimeMillis() + 300_000), jobId);
  }

  static void unlock(String jobId) {
    app.bean(org.springframework.jdbc.core.JdbcTemplate.class).update(
        "update act_ru_job set lock_owner_ = null, lock_exp_time_ = null where id_ = ?", jobId);
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VN).toInstant());
  }

  static List<NotificationKind> kinds(String task) {
    return app.bean(NotificationOutbox.class).forTask(task).stream().map(NotificationOutbox.Row::kind).toList();
  }

  static String to(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
