package vn.kstthc.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.i18n.HeadlessChromium;
import vn.kstthc.lateness.Explanation;
import vn.kstthc.lateness.LateCaseRef;
import vn.kstthc.lateness.LateExplanations;
import vn.kstthc.platform.RunningApplication;

/**
 * The supervision page (/giam-sat/) in headless Chromium, opened with the Tasklist session: a
 * member of the leadership sees the seeded figures and the charts (screenshot under
 * target/screenshots/giam-sat.png); an officer of a unit is refused. And the late list's
 * explanation form, filled in Tasklist by the unit's officer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @TempDir static Path profile;
  @TempDir static Path data;
  static RunningApplication app;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() {
    browser = HeadlessChromium.start(profile);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    app = RunningApplication.start(Map.of(
        "spring.datasource.url", "jdbc:h2:mem:dashboard-browser;DB_CLOSE_DELAY=-1",
        "KSTTHC_DATA_DIR", data.toString(),
        "KSTTHC_DEMO_ENABLED", "true",
        "KSTTHC_ADMIN_PASSWORD", "Quan-tri-Bang-theo-doi-2026",
        "camunda.bpm.job-execution.enabled", "false"));
    // This year: Phòng QLKH 1 of 2 steps late (50%: flagged), Phòng TĐC 2 of 2 on time; công bố TTHC 3 of 4 on time.
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    LocalDate today = LocalDate.now(VIETNAM);
    LocalDate day = today.minusDays(1).getYear() == today.getYear() ? today.minusDays(1) : today;
    dossier(jdbc, day, "phong-quan-ly-khoa-hoc", "DUNG_HAN", "TRE_HAN");
    dossier(jdbc, day, "phong-quan-ly-khoa-hoc", "TRE_HAN", "DUNG_HAN");
    dossier(jdbc, day, "phong-tc-dl-cl", "SOM_HAN", "DUNG_HAN");
    dossier(jdbc, day, "phong-tc-dl-cl", "DUNG_HAN", "DUNG_HAN");
  }

  /** A finished cong-bo-tthc dossier with its one step. */
  static void dossier(JdbcTemplate jdbc, LocalDate day, String unit, String dossierStatus, String stepStatus) {
    String id = UUID.randomUUID().toString();
    Timestamp at = Timestamp.from(day.atTime(9, 0).atZone(VIETNAM).toInstant());
    String insert = "insert into kstthc_deadline_outcome (id, kind, process_instance_id, process_definition_key,"
        + " business_key, activity_id, activity_name, unit_id, officer_id, started_at, due_at, due_kind, finished_at,"
        + " status, working_days_late) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    jdbc.update(insert, id, "INSTANCE", id, "cong-bo-tthc", "CB-" + id.substring(0, 4), null, "Công bố TTHC", unit,
        "vps.an", at, at, "DAYS", at, dossierStatus, dossierStatus.equals("TRE_HAN") ? 1 : 0);
    jdbc.update(insert, id + "-1", "TASK", id, "cong-bo-tthc", "CB-" + id.substring(0, 4), "UserTask_DraftDecision",
        "Dự thảo quyết định", unit, "qlkh.giang", at, at, "DAYS", at, stepStatus, stepStatus.equals("TRE_HAN") ? 2 : 0);
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (app != null) {
        app.close();
      }
    }
  }

  static void login(String user) {
    browser.get("about:blank"); // a page load: Tasklist reads the login afresh
    browser.manage().deleteAllCookies();
    browser.get(app.baseUrl() + "/camunda/app/tasklist/default/#/login");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[type=text]")))
        .sendKeys(user);
    browser.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
  }

  @Test
  @Order(1)
  void leadershipSeesTheFiguresAndAnOfficerIsRefused() throws Exception {
    login("ld.cuong");
    browser.get(app.baseUrl() + "/giam-sat/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("noi-dung")));
    String indicators = browser.findElement(By.id("chi-tieu")).getText();
    assertThat(indicators).contains("Tỷ lệ công bố TTHC đúng hạn Tính từ dữ liệu 100 75.0 (3/4) Chưa đạt")
        .contains("Mức độ hài lòng").contains("Chưa có số liệu");
    assertThat(browser.executeScript("return Chart.getChart('bieu-do-don-vi').data.datasets[0].data")).asList()
        .containsExactly(50L, 100L);
    assertThat(browser.executeScript("return Chart.getChart('bieu-do-don-vi').data.labels")).asList()
        .containsExactly("Phòng Quản lý khoa học", "Phòng Tiêu chuẩn Đo lường Chất lượng");
    browser.manage().window().setSize(new Dimension(1400, 2000));
    Path screenshot = HeadlessChromium.screenshot(browser, "giam-sat");
    assertThat(Files.size(screenshot)).isPositive();

    login("qlkh.giang");
    browser.get(app.baseUrl() + "/giam-sat/");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"),
        "Bảng theo dõi dành cho cán bộ giám sát, đầu mối kiểm soát TTHC và lãnh đạo."));
    assertThat(browser.findElement(By.id("noi-dung")).isDisplayed()).isFalse();
    HeadlessChromium.screenshot(browser, "giam-sat-tu-choi");
  }

  /**
   * The late list's explanation form in Tasklist 7.24: the unit's cases as a dynamic list whose
   * evidence is read-only and whose cause is chosen from the controlled list (June 2024: a month
   * the page above does not show).
   */
  @Test
  @Order(2) // after the figures: completing the task adds a step of Phòng QLKH done today
  void aUnitExplainsItsLateCaseThroughTheTasklistForm() throws Exception {
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    Timestamp due = Timestamp.from(LocalDate.of(2024, 6, 10).atTime(17, 30).atZone(VIETNAM).toInstant());
    Timestamp done = Timestamp.from(LocalDate.of(2024, 6, 12).atTime(9, 0).atZone(VIETNAM).toInstant());
    jdbc.update("insert into kstthc_deadline_outcome (id, kind, process_instance_id, process_definition_key,"
        + " business_key, activity_id, activity_name, unit_id, officer_id, started_at, due_at, due_kind, finished_at,"
        + " status, working_days_late) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "buoc-tre-2024", "TASK", "ho-so-2024", "giao-viec", "GV-2024-0042", "UserTask_BaoCao", "Báo cáo kết quả",
        "phong-quan-ly-khoa-hoc", "qlkh.giang", due, due, "DAYS", done, "TRE_HAN", 2);
    String instance = app.bean(RuntimeService.class)
        .startProcessInstanceByKey(DanhSachTreHanProcess.KEY, Map.of(DanhSachTreHanProcess.THANG.name(), "2024-06")).getId();
    // the unit's task is in its own explanation case, called by the list
    String unitCase = app.bean(RuntimeService.class).createProcessInstanceQuery().superProcessInstanceId(instance)
        .singleResult().getId();
    Task task = app.bean(TaskService.class).createTaskQuery().processInstanceId(unitCase)
        .taskCandidateGroup("phong-quan-ly-khoa-hoc").singleResult();

    login("qlkh.giang");
    browser.get(app.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "Nguyên nhân"));
    assertThat(browser.executeScript("return [...document.querySelectorAll('.fjs-container input')].map(i => i.value)"))
        .asList().contains("GV-2024-0042", "Báo cáo kết quả", "qlkh.giang");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details button.unclaim")));
    WebElement cause = browser.findElement(By.xpath("//*[contains(@class,'fjs-container')]//label[contains(., 'Nguyên nhân')]"
        + "/following::*[contains(@class,'fjs-input-group')][1]"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", cause);
    cause.click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')"
        + " and normalize-space(.)='Chờ ý kiến, kết quả phối hợp của cơ quan, đơn vị khác']"))).click();
    WebElement text = browser.findElement(By.xpath("//*[contains(@class,'fjs-container')]//label[contains(., 'Nội dung giải trình')]"
        + "/following::textarea[1]"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", text);
    text.sendKeys("Chờ ý kiến của Sở Tài chính");
    HeadlessChromium.screenshot(browser, "giai-trinh-tre-han");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[@type='submit' and contains(., 'Hoàn thành')]"))).click();
    LateExplanations explanations = app.bean(LateExplanations.class);
    try {
      wait.until(page -> explanations.current(LateCaseRef.outcome("buoc-tre-2024")).isPresent());
    } finally {
      HeadlessChromium.screenshot(browser, "giai-trinh-tre-han-hoan-thanh");
    }

    Explanation given = explanations.current(LateCaseRef.outcome("buoc-tre-2024")).orElseThrow();
    assertThat(given.causeCode()).isEqualTo("cho-phoi-hop");
    assertThat(given.text()).isEqualTo("Chờ ý kiến của Sở Tài chính");
    assertThat(given.explainedBy()).isEqualTo("qlkh.giang");
  }
}
