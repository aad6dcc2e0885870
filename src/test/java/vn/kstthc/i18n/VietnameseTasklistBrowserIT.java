package vn.kstthc.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.kstthc.assignment.GiaoViecProcess;
import vn.kstthc.assignment.GiaoViecRequests;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * Tasklist in Vietnamese in a real browser (headless Chromium): the locale and configuration files
 * are the application's, an officer of Phòng Quản lý khoa học logs in, opens "Việc của đơn vị" and
 * sees their unit's task and not another unit's, and the Camunda Forms messages and date picker
 * speak Vietnamese. Screenshots are saved under target/screenshots/ for a person to look at.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VietnameseTasklistBrowserIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final String TITLE_A = "Rà soát thủ tục hành chính lĩnh vực khoa học và công nghệ";
  static final String TITLE_B = "Cập nhật danh mục dịch vụ công trực tuyến";
  static final String CASE_NUMBER_A = "000.00.12.H04-261123-0007";
  static final String TITLE_RETURNED = "Báo cáo tình hình ứng dụng công nghệ thông tin năm 2026";
  static final String CASE_NUMBER_RETURNED = "000.00.12.H04-261123-0009";
  /** moment's weekdays in dateLocales of vi.json, Sunday first. */
  static final String[] WEEKDAYS = {"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"};
  static final LocalDate DUE = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7);

  @TempDir static Path profile;
  static RunningApplication app;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void startABrowserAndTheApplicationWithTwoUnitsWorking() {
    browser = HeadlessChromium.start(profile); // first: without chromedriver, fail at once
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_browser"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", "Quan-tri-Trinh-duyet-2026");
    app = RunningApplication.start(properties, "postgres");
    // The administrator starts them: the case numbers come from another system here, and officers
    // may submit only what the start form declares.
    Rest office = app.rest("admin", "Quan-tri-Trinh-duyet-2026");
    startAssignment(office, "phong-quan-ly-khoa-hoc", TITLE_A, CASE_NUMBER_A);
    startAssignment(office, "phong-bcvt-cds", TITLE_B, "000.00.12.H04-261123-0008");
    // A third case for the same unit, reported on and sent back by the Văn phòng once.
    startAssignment(office, "phong-quan-ly-khoa-hoc", TITLE_RETURNED, CASE_NUMBER_RETURNED);
    TaskService tasks = app.bean(TaskService.class);
    tasks.complete(returnedCaseTask(tasks).getId(), Map.of(GiaoViecProcess.KET_QUA.name(), "Đã rà soát"));
    tasks.complete(returnedCaseTask(tasks).getId(), Map.of(
        GiaoViecProcess.KET_LUAN.name(), GiaoViecProcess.KET_LUAN_TRA_LAI,
        GiaoViecProcess.Y_KIEN_XAC_NHAN.name(), "Bổ sung số liệu quý IV"));
  }

  static org.camunda.bpm.engine.task.Task returnedCaseTask(TaskService tasks) {
    return tasks.createTaskQuery().processVariableValueEquals("maSoHoSo", CASE_NUMBER_RETURNED).singleResult();
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

  @Test
  @Order(1)
  void theWebappsLoadTheApplicationsVietnameseLocaleAndConfiguration() throws IOException {
    Rest anonymous = app.rest(null, null);
    for (String webapp : List.of("tasklist", "welcome", "admin", "cockpit")) {
      String config = anonymous.get("/camunda/app/" + webapp + "/scripts/config.js").expect(200).body();
      assertThat(config).contains("availableLocales: ['vi', 'en']", "fallbackLocale: 'vi'", "normal: 'DD/MM/YYYY HH:mm'");
      JsonNode served = anonymous.get("/camunda/app/" + webapp + "/locales/vi.json").expect(200).json();
      assertThat(served).isEqualTo(WebappTranslationsTest.read(WebappTranslationsTest.applicationResource(webapp, "vi")));
      // Camunda's English is still served (it starts with a byte order mark).
      String english = anonymous.get("/camunda/app/" + webapp + "/locales/en.json").expect(200).body();
      assertThat(WebappTranslationsTest.json(english.replace("\uFEFF", "")).path("labels").size()).isGreaterThan(100);
    }
    assertThat(anonymous.get("/camunda/app/tasklist/scripts/kstthc-forms-vi.js").expect(200).body())
        .contains("Trường này là bắt buộc.");
    assertThat(anonymous.get("/camunda/app/cockpit/scripts/kstthc-date-format.js").expect(200).body())
        .contains("camDateFormatProvider");
  }

  @Test
  @Order(2)
  void anOfficerSeesTheUnitsTaskInVietnameseAndNotAnotherUnitsTask() throws IOException {
    browser.get(app.baseUrl() + "/camunda/app/tasklist/");
    assertThat(browser.executeScript("return navigator.languages[0]")).isEqualTo("vi-VN");
    assertThat(browser.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
        .isIn(HeadlessChromium.ZONE, "Asia/Saigon"); // ICU's canonical name of the same zone
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[type=text]")));
    HeadlessChromium.screenshot(browser, "tasklist-dang-nhap");
    wait.until(ExpectedConditions.attributeToBe(username, "placeholder", "Tên đăng nhập"));
    HeadlessChromium.screenshot(browser, "tasklist-dang-nhap");

    username.sendKeys("qlkh.giang");
    browser.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    WebElement unitFilter =
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-filter')]//h4/a[contains(., 'Việc của đơn vị')]")));
    assertThat(text()).contains("Việc của tôi", "Sắp đến hạn", "Quá hạn", "Khởi tạo hồ sơ").doesNotContain("Quá hạn toàn Sở");
    // Offered only what an officer may do, and nothing about migrating to Camunda 8.
    assertThat(text()).doesNotContain("Tạo công việc", "Camunda 8");
    assertThat(browser.findElements(By.cssSelector(".create-task-action, .ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    unitFilter.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), TITLE_A));

    assertThat(text())
        .contains(CASE_NUMBER_A, "Mã hồ sơ", "Tiêu đề", "Báo cáo kết quả thực hiện nhiệm vụ")
        .doesNotContain(TITLE_B);
    new Actions(browser).moveToLocation(700, 700).perform();
    HeadlessChromium.screenshot(browser, "tasklist-viec-cua-don-vi");
  }

  /**
   * A card shows the case first: its number and its whole title, in the text colour, then the
   * step; a returned task is marked; the priority (always 50) is not shown; the sort header names
   * the order the list is in (due date, soonest first).
   */
  @Test
  @Order(3)
  void aCardShowsTheCaseFirstMarksAReturnedTaskAndTheSortHeaderTellsTheOrder() throws IOException {
    WebElement card = card(CASE_NUMBER_A);
    WebElement caseNumber = value(card, "hienThiMaSoHoSo");
    WebElement title = value(card, "hienThiTieuDe");
    WebElement taskName = card.findElement(By.cssSelector("h4.task"));
    assertThat(caseNumber.getText()).isEqualTo(CASE_NUMBER_A);
    assertThat(title.getText()).isEqualTo(TITLE_A);
    // shown (top to bottom): case number, title, then the step
    assertThat(caseNumber.getRect().getY()).isLessThan(title.getRect().getY());
    assertThat(title.getRect().getY()).isLessThan(taskName.getRect().getY());
    assertThat(title.getCssValue("color")).isEqualTo("rgba(34, 34, 34, 1)");
    assertThat(card.getText()).doesNotContain("Đã trả lại");
    assertThat(card.findElements(By.cssSelector(".priority"))).isNotEmpty().noneMatch(WebElement::isDisplayed);

    WebElement returned = card(CASE_NUMBER_RETURNED);
    assertThat(returned.getText()).contains("Đã trả lại:", TITLE_RETURNED);
    assertThat(value(returned, "hienThiTraLai").getText()).isEqualTo("1 lần");
    assertThat(returned.getCssValue("border-left-color")).isEqualTo("rgba(198, 40, 40, 1)");

    WebElement sorting = browser.findElement(By.cssSelector("[cam-sorting-choices]"));
    assertThat(sorting.getText()).contains("Hạn xử lý").doesNotContain("Ngày tạo");
    assertThat(browser.getCurrentUrl()).contains("dueDate");
    HeadlessChromium.screenshot(browser, "tasklist-the-cong-viec");
  }

  /** The value a card shows for a filter variable (Tasklist names it in the label's tooltip). */
  static WebElement value(WebElement card, String variable) {
    return card.findElement(By.xpath(
        ".//*[contains(@class,'variable-item')][.//*[@uib-tooltip='" + variable + "']]//*[contains(@class,'variable-value')]"));
  }

  static WebElement card(String caseNumber) {
    return browser.findElement(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(., '" + caseNumber + "')]"));
  }

  @Test
  @Order(4)
  void theTaskFormSpeaksVietnameseWithTheDueDateInVietnamTime() throws IOException {
    card(CASE_NUMBER_A).findElement(By.linkText("Báo cáo kết quả thực hiện nhiệm vụ")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details button.unclaim")));
    // What an officer may not do (TASK_WORK, not TASK_ASSIGN) is not offered.
    assertThat(browser.findElements(By.cssSelector(".task-details .followup-date, .task-details .reset-due-date")))
        .isNotEmpty()
        .noneMatch(WebElement::isDisplayed);
    for (String actor : List.of(".task-details .actors .groups > span", ".task-details .actors .assignee > .set-value")) {
      assertThat(browser.findElement(By.cssSelector(actor)).getCssValue("pointer-events")).as(actor).isEqualTo("none");
    }
    WebElement complete =
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[@type='submit' and contains(., 'Hoàn thành')]")));
    complete.click();

    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-error")));
    wait.until(ExpectedConditions.textToBePresentInElement(error, "Trường này là bắt buộc."));
    assertThat(text()).contains("Kết quả thực hiện", "Nội dung, yêu cầu").doesNotContain("Field is required");
    assertThat(browser.findElement(By.xpath("//*[contains(@class,'fjs-container')]//label[contains(., 'Tên nhiệm vụ')]/following::input[1]"))
            .getAttribute("value"))
        .isEqualTo(TITLE_A);
    HeadlessChromium.screenshot(browser, "tasklist-bieu-mau-truong-bat-buoc");

    // The due date as the engine holds it, shown in Vietnam time with the Vietnamese weekday.
    ZonedDateTime dueInVietnam =
        app.bean(TaskService.class).createTaskQuery().processVariableValueEquals("maSoHoSo", CASE_NUMBER_A)
            .singleResult().getDueDate().toInstant().atZone(ZoneId.of(HeadlessChromium.ZONE));
    assertThat(dueInVietnam.toLocalDate()).isEqualTo(DUE);
    WebElement due = browser.findElement(By.cssSelector(".task-details [am-time-ago='task.due']"));
    new Actions(browser).moveToElement(due).perform();
    WebElement tooltip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tooltip")));
    assertThat(tooltip.getText())
        .isEqualTo(WEEKDAYS[DUE.getDayOfWeek().getValue() % 7] + ", " + dueInVietnam.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
    HeadlessChromium.screenshot(browser, "tasklist-han-xu-ly");
  }

  @Test
  @Order(5)
  void theOfficeStartsACaseWithAVietnameseDatePickerAndSelect() throws IOException {
    browser.manage().deleteAllCookies();
    logIn("vps.an");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Khởi tạo hồ sơ"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Giao và theo dõi nhiệm vụ"))).click();
    WebElement date =
        wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//*[contains(@class,'fjs-container')]//label[contains(., 'Hạn hoàn thành')]/following::input[1]")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "Chọn"));
    assertThat(date.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");

    new Actions(browser).moveToElement(date).click().perform();
    WebElement calendar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    List<String> weekdays =
        calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream().map(WebElement::getText).map(String::trim).toList();
    assertThat(weekdays).containsExactly("T2", "T3", "T4", "T5", "T6", "T7", "CN");
    LocalDate today = LocalDate.now(ZoneId.of(HeadlessChromium.ZONE));
    assertThat(calendar.getText()).contains("Tháng " + today.getMonthValue()).doesNotContain("Mon", "January");
    // the picker opens inside the dialog, not past its bottom
    Number calendarBottom = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().bottom", calendar);
    Number dialogBottom = (Number) browser.executeScript(
        "return document.querySelector('.modal-content').getBoundingClientRect().bottom");
    assertThat(calendarBottom.doubleValue()).as("bottom of the date picker").isLessThanOrEqualTo(dialogBottom.doubleValue());
    HeadlessChromium.screenshot(browser, "tasklist-chon-ngay");

    calendar.findElement(By.cssSelector(".flatpickr-day.today")).click();
    assertThat(date.getAttribute("value")).isEqualTo(dayMonthYear(today));

    // The units offered come from the organisation (role don-vi-thuoc-so), not from the form file.
    field("Tên nhiệm vụ").sendKeys("Nhiệm vụ giao qua biểu mẫu");
    field("Nội dung, yêu cầu").sendKeys("Rà soát hồ sơ thanh tra");
    browser.findElement(By.xpath(
        "//*[contains(@class,'fjs-container')]//label[contains(., 'Đơn vị chủ trì')]/following::*[contains(@class,'fjs-input-group')][1]"))
        .click();
    WebElement thanhTra = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='Thanh tra Sở']")));
    HeadlessChromium.screenshot(browser, "tasklist-chon-don-vi");
    thanhTra.click();
    browser.findElement(By.xpath("//button[normalize-space(.)='Khởi tạo hồ sơ' and not(@disabled)]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notifications"), "Đã khởi tạo hồ sơ"));
    JsonNode units = app.rest("admin", "Quan-tri-Trinh-duyet-2026")
        .get("/engine-rest/history/variable-instance?variableName=donViChuTri").expect(200).json();
    assertThat(units.findValuesAsText("value")).as("a case for Thanh tra Sở, started through the form")
        .containsOnlyOnce("thanh-tra-so");
  }

  /** The officer who started a case follows it from Tasklist; each officer sees only their own. */
  @Test
  @Order(6)
  void anOfficerFollowsTheCasesTheyStartedAndOnlyThose() throws IOException {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Hồ sơ tôi đã khởi tạo"))).click();
    WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kstthc-started-cases-table")));
    assertThat(list.getText())
        .contains("Nhiệm vụ giao qua biểu mẫu", "Giao và theo dõi nhiệm vụ", "Đang xử lý", "Báo cáo kết quả thực hiện nhiệm vụ", "Thanh tra Sở")
        .doesNotContain(TITLE_A, TITLE_B, TITLE_RETURNED);
    HeadlessChromium.screenshot(browser, "tasklist-ho-so-da-khoi-tao");
    browser.findElement(By.cssSelector(".kstthc-started-cases .kstthc-close")).click();

    assertThat(app.rest("vps.an", PASSWORD).get("/api/ho-so-da-khoi-tao").expect(200).json().findValuesAsText("tieuDe"))
        .containsExactly("Nhiệm vụ giao qua biểu mẫu");
    assertThat(app.rest("admin", "Quan-tri-Trinh-duyet-2026").get("/api/ho-so-da-khoi-tao").expect(200).json()
            .findValuesAsText("tieuDe"))
        .containsExactlyInAnyOrder(TITLE_A, TITLE_B, TITLE_RETURNED);
    assertThat(app.rest("qlkh.giang", PASSWORD).get("/api/ho-so-da-khoi-tao").expect(200).json()).isEmpty();
    assertThat(app.rest(null, null).get("/api/ho-so-da-khoi-tao").status()).isEqualTo(401);
  }

  static WebElement field(String label) {
    return browser.findElement(By.xpath(
        "//*[contains(@class,'fjs-container')]//label[contains(., '" + label + "')]/following::*[self::input or self::textarea][1]"));
  }

  @Test
  @Order(7)
  void aSupervisorSeesCockpitInVietnamese() throws IOException {
    browser.manage().deleteAllCookies();
    logIn("cockpit", "gs.son");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Công việc đang mở"));
    assertThat(text()).contains("Lượt thực hiện quy trình đang chạy", "Sự cố đang mở", "Gói triển khai");
    assertNoError("cockpit-tong-quan");
  }

  /** Read-only supervision: every Cockpit page a supervisor opens loads without an error. */
  @Test
  @Order(8)
  void aSupervisorOpensCockpitsPagesWithoutAnError() throws IOException {
    String definition =
        app.bean(RepositoryService.class).createProcessDefinitionQuery().processDefinitionKey(GiaoViecProcess.KEY)
            .latestVersion().singleResult().getId();
    String instance =
        app.bean(RuntimeService.class).createProcessInstanceQuery().variableValueEquals("maSoHoSo", CASE_NUMBER_A)
            .singleResult().getId();
    String cockpit = app.baseUrl() + "/camunda/app/cockpit/default/#";

    // each page is waited for through what it shows once its data has loaded
    open(cockpit + "/processes", "cockpit-quy-trinh", "Giao và theo dõi nhiệm vụ");
    open(cockpit + "/process-definition/" + definition + "/runtime", "cockpit-dinh-nghia-quy-trinh", instance);
    open(cockpit + "/process-instance/" + instance + "/runtime", "cockpit-ho-so", "maSoHoSo");
    // the counts per group come from the task report, which needs READ on all tasks
    open(cockpit + "/tasks", "cockpit-cong-viec", "Phân công theo nhóm", "Phòng Bưu chính viễn thông và Chuyển đổi số");
  }

  static void open(String url, String screenshot, String... shown) throws IOException {
    browser.get(url);
    try {
      for (String text : shown) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
      }
    } finally {
      assertNoError(screenshot);
    }
  }

  /** No error notification on the page (Cockpit shows a failed request as one), and a screenshot. */
  static void assertNoError(String screenshot) throws IOException {
    HeadlessChromium.screenshot(browser, screenshot);
    assertThat(browser.findElements(By.cssSelector(".notifications .alert")).stream().map(WebElement::getText))
        .as(screenshot)
        .isEmpty();
    assertThat(text()).doesNotContain("permission", "Camunda 8");
  }

  /** Cockpit 7.24 shows ISO times unless kstthc-date-format.js applies config.js's dateFormat. */
  @Test
  @Order(9)
  void cockpitShowsStartTimesAsOfficesWriteThem() throws IOException {
    String definition = app.bean(RepositoryService.class).createProcessDefinitionQuery()
        .processDefinitionKey("giao-viec").latestVersion().singleResult().getId();
    browser.get(app.baseUrl() + "/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
    wait.until(ExpectedConditions.textMatches(By.cssSelector("td.start-time"), Pattern.compile("\\S")));
    List<String> startTimes =
        browser.findElements(By.cssSelector("td.start-time")).stream().map(cell -> cell.getText().strip()).toList();
    String today = dayMonthYear(LocalDate.now(ZoneId.of(HeadlessChromium.ZONE)));
    assertThat(startTimes).isNotEmpty().allMatch(time -> time.matches(today + " \\d{2}:\\d{2}"), "dd/MM/yyyy HH:mm of today");
    HeadlessChromium.screenshot(browser, "cockpit-danh-sach-luot-thuc-hien");
  }

  static void logIn(String user) {
    logIn("tasklist", user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
  }

  static void logIn(String webapp, String user) {
    browser.get(app.baseUrl() + "/camunda/app/" + webapp + "/");
    WebElement username =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[type=text]")));
    username.sendKeys(user);
    browser.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
  }

  static String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  static void startAssignment(Rest office, String unit, String title, String caseNumber) {
    GiaoViecRequests.start(office, unit, title, "Nội dung: " + title, DUE.toString(), Map.of("maSoHoSo", caseNumber));
  }

  static String dayMonthYear(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
