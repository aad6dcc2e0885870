package vn.kstthc.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.kstthc.assignment.GiaoViecRequests;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * Every case gets a unique case number, also its business key, even when 16 start at once: on
 * PostgreSQL, and on the default H2 file database (whose row locks time out differently).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseIdentityIT {

  static final String PASSWORD = "Kstthc@2026!";
  RunningApplication app;
  Rest admin;

  /** The application under test: PostgreSQL here, H2 in {@link CaseIdentityOnH2IT}. */
  RunningApplication startApplication() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_case_numbers"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", "Quan-tri-Ma-ho-so-2026");
    return RunningApplication.start(properties, "postgres");
  }

  @BeforeAll
  void start() {
    app = startApplication();
    admin = app.rest("admin", "Quan-tri-Ma-ho-so-2026");
  }

  @AfterAll
  void stop() {
    app.close();
  }


  @Test
  void sixteenParallelStartsGetSixteenConsecutiveNumbers() throws Exception {
    String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString();
    int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    ExecutorService clients = Executors.newFixedThreadPool(16);
    List<Future<String>> starts = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      int n = i;
      starts.add(clients.submit(() -> GiaoViecRequests.start(
          app.rest("vps.an", PASSWORD), "phong-bcvt-cds", "Nhiệm vụ " + n, "Nội dung", due)));
    }
    List<String> numbers = new ArrayList<>();
    for (Future<String> start : starts) {
      JsonNode instance = admin.get("/engine-rest/process-instance/" + start.get()).expect(200).json();
      String number = admin.get("/engine-rest/process-instance/" + start.get() + "/variables/maSoHoSo")
          .expect(200).json().get("value").asText();
      assertThat(instance.get("businessKey").asText()).isEqualTo(number);
      numbers.add(number);
    }
    clients.shutdown();
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 16; i++) {
      expected.add(String.format("GV-%d-%04d", year, i));
    }
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);

    // The task shows it in Tasklist, with the procedure's name.
    String task = admin.get("/engine-rest/task?processInstanceId=" + starts.get(0).get()).expect(200).json()
        .get(0).get("id").asText();
    JsonNode local = admin.get("/engine-rest/task/" + task + "/localVariables").expect(200).json();
    assertThat(local.toString()).contains("GV-" + year + "-").contains("Giao và theo dõi nhiệm vụ");
  }
}
