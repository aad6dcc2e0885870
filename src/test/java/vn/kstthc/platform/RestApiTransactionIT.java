package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import vn.kstthc.assignment.GiaoViecRequests;
import vn.kstthc.platform.RunningApplication.Rest;

/**
 * Tasklist's own copy of the REST API ({@code /camunda/api/engine}) gets one transaction per
 * writing call too: an officer's completion, with the form contract's look-ups, takes one
 * connection of the pool, counted on the web server's threads.
 */
class RestApiTransactionIT {

  static final String PASSWORD = "Kstthc@2026!";
  /** Connections taken from the pool by the threads that serve HTTP requests. */
  static final AtomicInteger WEB_CONNECTIONS = new AtomicInteger();

  @TempDir static Path dataDir;
  static RunningApplication app;

  /** Counts, around the application's pool, the connections taken by request threads. */
  static final class CountingDataSource extends DelegatingDataSource {
    CountingDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (Thread.currentThread().getName().startsWith("http-")) {
        WEB_CONNECTIONS.incrementAndGet();
      }
      return super.getConnection();
    }
  }

  @BeforeAll
  static void start() {
    ApplicationListener<ApplicationPreparedEvent> counting = event -> event.getApplicationContext().getBeanFactory()
        .addBeanPostProcessor(new BeanPostProcessor() {
          @Override
          public Object postProcessAfterInitialization(Object bean, String name) {
            return "dataSource".equals(name) ? new CountingDataSource((DataSource) bean) : bean;
          }
        });
    app = RunningApplication.start(
        Map.of("KSTTHC_DATA_DIR", dataDir.toString(), "KSTTHC_ADMIN_PASSWORD", "Quan-tri-Giao-dich-2026"),
        List.of(counting));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void aCompletionInTasklistTakesOneConnection() {
    Rest office = app.rest("vps.an", PASSWORD);
    Rest unit = app.rest("cds.lan", PASSWORD);
    String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20).toString();
    String instance = GiaoViecRequests.start(office, "phong-bcvt-cds", "Nhiệm vụ qua Tasklist", "Nội dung", due);
    String task = unit.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0).get("id").asText();
    WebappSession tasklist = WebappSession.logIn(app, "tasklist", "cds.lan", PASSWORD);

    WEB_CONNECTIONS.set(0);
    HttpResponse<String> completed = tasklist.post("/camunda/api/engine/engine/default/task/" + task + "/submit-form",
        "{\"variables\":{\"ketQua\":{\"value\":\"Đã xong\"}}}");

    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    assertThat(WEB_CONNECTIONS).as("connections taken for the completion").hasValue(1);
    assertThat(unit.get("/engine-rest/task/" + task).status()).as("completed").isEqualTo(404);
  }
}
