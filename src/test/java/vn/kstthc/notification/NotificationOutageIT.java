package vn.kstthc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.kstthc.assignment.GiaoViecRequests;
import vn.kstthc.deadline.DeadlineWatcher;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.TestPostgres;

/**
 * A mail server that accepts the connection and then says nothing (hung, or a broken relay): the
 * outage where every try costs its whole timeout. Timeouts are lowered to one second and a batch's
 * sending time to half a second, so that each batch of the sender gets through one recipient. The
 * sender and the job executor are off: the test runs them itself, as they would run.
 */
class NotificationOutageIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static HungMailServer hung;
  static RunningApplication app;

  @BeforeAll
  static void start() throws IOException {
    hung = new HungMailServer();
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_outage"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", "Quan-tri-Mat-2026!");
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", hung.port());
    properties.put("spring.mail.properties.mail.smtp.connectiontimeout", 1000);
    properties.put("spring.mail.properties.mail.smtp.timeout", 1000);
    properties.put("spring.mail.properties.mail.smtp.writetimeout", 1000);
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("kstthc.deadlines.scan-enabled", "false");
    properties.put("kstthc.notification.sending-enabled", "false");
    properties.put("kstthc.notification.batch-budget", "PT0.5S");
    properties.put("kstthc.notification.retry-delays", "PT1M,PT5M");
    app = RunningApplication.start(properties, "postgres");
  }

  @AfterAll
  static void stop() throws IOException {
    ClockUtil.reset();
    app.close();
    hung.close();
  }

  @Test
  void aHungMailServerCostsOneTryAndOneRetryChainPerRecipientAndNoMailTwice() throws Exception {
    String instance =
        GiaoViecRequests.start(app.rest("vps.an", PASSWORD), "phong-quan-ly-khoa-hoc", "Rà soát thủ tục",
            "Đề xuất phương án", "2026-12-15");
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 16, 8, 0, 0, 0, VN).toInstant()));
    app.bean(DeadlineWatcher.class).scan(); // escalation: the unit's head and the Văn phòng, 4 officers
    String task = app.bean(org.camunda.bpm.engine.TaskService.class).createTaskQuery().processInstanceId(instance)
        .singleResult().getId();
    // the new task's 2 officers and the escalation's 4
    List<NotificationOutbox.Row> rows = app.bean(NotificationOutbox.class).forTask(task);
    assertThat(rows).hasSize(6);

    int tried = app.bean(NotificationSender.class).sendPending(); // batch after batch, each cut short by the hung server
    int tries = hung.connections();
    Map<String, Integer> chains = new HashMap<>();
    rows.forEach(row -> chains.merge(row.recipient(), jobs(instance, "r:" + row.id()).size(), Integer::sum));
    System.out.printf("Hung mail server, 6 notifications: %d tried, %d send attempts, retry chains %s%n",
        tried, tries, chains);

    assertThat(tried).isEqualTo(6);
    assertThat(tries).as("each notification tried once before any retry").isEqualTo(6);
    assertThat(chains).as("one retry chain per notification")
        .containsOnly(Map.entry("qlkh.giang", 1), Map.entry("qlkh.khanh", 2), Map.entry("vps.an", 1),
            Map.entry("vps.binh", 1), Map.entry("cqt.tam", 1));

    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    try {
      app.bean(JavaMailSenderImpl.class).setPort(smtp.getSmtp().getPort()); // the server is back
      for (int round = 0; round < 2; round++) { // the retries, and any job run a second time
        rows.forEach(row -> jobs(instance, "r:" + row.id()).forEach(job -> management().executeJob(job.getId())));
      }
      assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotificationIT::to))
          .containsExactlyInAnyOrder("qlkh.giang@kstthc.example",
              "qlkh.khanh@kstthc.example", "qlkh.khanh@kstthc.example", "vps.an@kstthc.example",
              "vps.binh@kstthc.example", "cqt.tam@kstthc.example");
    } finally {
      smtp.stop();
    }
  }

  static ManagementService management() {
    return app.bean(ManagementService.class);
  }

  /** The notification jobs of an instance whose target starts with {@code prefix}. */
  static List<Job> jobs(String instance, String prefix) {
    return management().createJobQuery().processInstanceId(instance).list().stream()
        .filter(job -> NotificationJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType()))
        .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().startsWith(prefix))
        .toList();
  }

  /** Accepts SMTP connections and never answers, as a hung mail server does; counts them. */
  static final class HungMailServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    HungMailServer() throws IOException {
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            accepted.add(socket.accept());
          }
        } catch (IOException closed) {
          // the test is over
        }
      }, "hung-mail-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    int connections() {
      return accepted.size();
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket connection : accepted) {
        connection.close();
      }
    }
  }
}
