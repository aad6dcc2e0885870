package vn.kstthc.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.kstthc.assignment.GiaoViecRequests;
import vn.kstthc.organisation.GroupKind;
import vn.kstthc.organisation.Organisation;
import vn.kstthc.organisation.OrganisationService;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * The shared Tasklist filters on PostgreSQL with the demo organisation: created once, unchanged by
 * a restart, shared with the right groups, and selecting what their names say, through the same
 * REST calls Tasklist makes ({@code /filter/{id}/list}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistFiltersIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final String ADMIN_PASSWORD = "Quan-tri-Loc-2026";
  static final String UNIT_A = "phong-quan-ly-khoa-hoc";
  static final String UNIT_B = "phong-bcvt-cds";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  /** What Tasklist sends with every list request (its default sorting: newest first). */
  static final Map<String, Object> TASKLIST_SORTING =
      Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));

  static RunningApplication app;
  static List<String> afterFirstStart;
  static Rest office;
  static Rest officerA;
  static Rest supervisor;
  static Rest admin;

  @BeforeAll
  static void startTwiceOnOneDatabase() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_filters"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    try (RunningApplication first = RunningApplication.start(properties, "postgres")) {
      afterFirstStart = snapshot(first);
    }
    app = RunningApplication.start(properties, "postgres");
    office = app.rest("vps.an", PASSWORD);
    officerA = app.rest("qlkh.giang", PASSWORD);
    supervisor = app.rest("gs.son", PASSWORD);
    admin = app.rest("admin", ADMIN_PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** First: the other tests add tasks and shares, which the snapshot would otherwise include. */
  @Test
  @Order(1)
  void theFiltersExistOnceAfterTwoStartsAndAThirdRunChangesNothing() {
    List<String> afterSecondStart = snapshot(app);
    assertThat(afterSecondStart).isEqualTo(afterFirstStart);
    assertThat(afterSecondStart.stream().filter(line -> line.startsWith("filter ")))
        .containsExactlyInAnyOrder(
            "filter " + TasklistFilters.MY_TASKS + " Việc của tôi",
            "filter " + TasklistFilters.UNIT_TASKS + " Việc của đơn vị",
            "filter " + TasklistFilters.DUE_SOON + " Sắp đến hạn",
            "filter " + TasklistFilters.OVERDUE + " Quá hạn",
            "filter " + TasklistFilters.OVERDUE_ALL + " Quá hạn toàn Sở");

    TasklistFilterSynchronizer.Changes again =
        app.bean(TasklistFilterSynchronizer.class)
            .apply(TasklistFilters.ALL, app.bean(OrganisationService.class).organisation());
    assertThat(again.none()).as("changes of a third run: %s", again).isTrue();
  }

  @Test
  void officersSeeTheFourFiltersOfAnOfficerSupervisorsTheDepartmentsOverdueList() {
    assertThat(names(officerA)).containsExactly("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
    assertThat(names(office)).containsExactly("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
    assertThat(names(supervisor)).containsExactly("Quá hạn toàn Sở");
    assertThat(officerA.post("/engine-rest/filter/" + filterId(TasklistFilters.OVERDUE_ALL) + "/list", Map.of()).status())
        .isIn(403, 404);
  }

  @Test
  void unitFilterListsTheUnitsUnassignedTasksMostUrgentFirstAndMyTasksWhatIClaimed() {
    String later = startAssignment(UNIT_A, "Rà soát quy trình nội bộ quý IV", TODAY.plusDays(20));
    String sooner = startAssignment(UNIT_A, "Báo cáo tình hình giải quyết hồ sơ", TODAY.plusDays(10));
    String otherUnit = startAssignment(UNIT_B, "Cập nhật dịch vụ công trực tuyến", TODAY.plusDays(5));

    List<String> unit = list(officerA, TasklistFilters.UNIT_TASKS);
    assertThat(unit).containsSubsequence(sooner, later).doesNotContain(otherUnit);
    assertThat(list(app.rest("cds.lan", PASSWORD), TasklistFilters.UNIT_TASKS)).contains(otherUnit).doesNotContain(sooner, later);

    officerA.post("/engine-rest/task/" + sooner + "/claim", Map.of("userId", "qlkh.giang")).expect(204);
    assertThat(list(officerA, TasklistFilters.UNIT_TASKS)).contains(later).doesNotContain(sooner);
    assertThat(list(officerA, TasklistFilters.MY_TASKS)).contains(sooner).doesNotContain(later, otherUnit);
    assertThat(list(app.rest("qlkh.khanh", PASSWORD), TasklistFilters.MY_TASKS)).doesNotContain(sooner);
  }

  @Test
  void dueSoonAndOverdueFollowTheDueDateAndTheDepartmentListIsForSupervisors() {
    String inTwoHours = startAssignment(UNIT_A, "Góp ý dự thảo quyết định công bố", TODAY.plusDays(40));
    String anHourAgo = startAssignment(UNIT_A, "Tổng hợp phản ánh, kiến nghị", TODAY.plusDays(40));
    String farAway = startAssignment(UNIT_A, "Kế hoạch kiểm soát năm sau", TODAY.plusDays(30));
    String otherUnitLate = startAssignment(UNIT_B, "Báo cáo chuyển đổi số", TODAY.plusDays(40));
    // Exact moments, whatever the time of day and the meaning of a date-only due date.
    Instant now = Instant.now();
    setDue(inTwoHours, now.plus(Duration.ofHours(2)));
    setDue(anHourAgo, now.minus(Duration.ofHours(1)));
    setDue(otherUnitLate, now.minus(Duration.ofHours(3)));
    officerA.post("/engine-rest/task/" + anHourAgo + "/claim", Map.of("userId", "qlkh.giang")).expect(204);

    assertThat(list(officerA, TasklistFilters.DUE_SOON)).contains(inTwoHours).doesNotContain(anHourAgo, farAway, otherUnitLate);
    assertThat(list(officerA, TasklistFilters.OVERDUE)).contains(anHourAgo).doesNotContain(inTwoHours, farAway, otherUnitLate);
    // A colleague's overdue task of the unit is in the unit head's overdue list too.
    assertThat(list(app.rest("qlkh.khanh", PASSWORD), TasklistFilters.OVERDUE)).contains(anHourAgo);
    assertThat(list(supervisor, TasklistFilters.OVERDUE_ALL))
        .containsSubsequence(otherUnitLate, anHourAgo)
        .doesNotContain(inTwoHours, farAway);
  }

  static void setDue(String taskId, Instant due) {
    TaskService tasks = app.bean(TaskService.class);
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(Date.from(due));
    tasks.saveTask(task);
  }

  @Test
  void eachTaskShowsTheVariablesThatIdentifyTheCase() {
    String task = startAssignment(UNIT_A, "Thẩm định hồ sơ đề tài khoa học cấp tỉnh", TODAY.plusDays(15));
    JsonNode hal =
        officerA.postHal("/engine-rest/filter/" + filterId(TasklistFilters.UNIT_TASKS) + "/list", TASKLIST_SORTING)
            .expect(200)
            .json();
    JsonNode shown = null;
    for (JsonNode candidate : hal.at("/_embedded/task")) {
      if (candidate.get("id").asText().equals(task)) {
        shown = candidate;
      }
    }
    assertThat(shown).as("task in the HAL list Tasklist reads").isNotNull();
    assertThat(shown.at("/_embedded/variable").findValuesAsText("name")).contains("hienThiTieuDe");
    assertThat(shown.at("/_embedded/variable").findValuesAsText("value"))
        .contains("Thẩm định hồ sơ đề tài khoa học cấp tỉnh");

    JsonNode properties = admin.get("/engine-rest/filter/" + filterId(TasklistFilters.UNIT_TASKS)).expect(200).json().get("properties");
    assertThat(properties.get("variables").findValuesAsText("name"))
        .containsExactly("hienThiMaSoHoSo", "hienThiTieuDe", "hienThiTraLai", "hienThiTenThuTuc");
    assertThat(properties.get("variables").findValuesAsText("label")).containsExactly("Mã hồ sơ", "Tiêu đề", "Đã trả lại", "Thủ tục");
  }

  @Test
  void sharesFollowTheOrganisationExactlyAndLeaveUserSharesAlone() {
    TasklistFilterSynchronizer synchronizer = app.bean(TasklistFilterSynchronizer.class);
    Organisation organisation = app.bean(OrganisationService.class).organisation();
    List<Organisation.Group> groups = new ArrayList<>(organisation.groups());
    groups.add(new Organisation.Group("phong-moi", "Phòng mới", GroupKind.OFFICERS, null, List.of()));
    String unitFilter = filterId(TasklistFilters.UNIT_TASKS);
    AuthorizationService authorizations = app.bean(AuthorizationService.class);
    Authorization byHand = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    byHand.setUserId("gs.son");
    byHand.setResource(Resources.FILTER);
    byHand.setResourceId(unitFilter);
    byHand.addPermission(Permissions.READ);
    authorizations.saveAuthorization(byHand);

    TasklistFilterSynchronizer.Changes grown =
        synchronizer.apply(TasklistFilters.ALL, new Organisation(groups, organisation.users()));
    assertThat(grown.authorizationsChanged()).isEqualTo(4);
    assertThat(filterGroups(unitFilter)).contains("phong-moi");

    TasklistFilterSynchronizer.Changes back = synchronizer.apply(TasklistFilters.ALL, organisation);
    assertThat(back.authorizationsChanged()).isEqualTo(4);
    assertThat(filterGroups(unitFilter)).doesNotContain("phong-moi").contains(UNIT_A, UNIT_B);
    assertThat(names(supervisor)).contains("Việc của đơn vị");
    authorizations.deleteAuthorization(byHand.getId());
  }

  static String startAssignment(String unit, String title, LocalDate due) {
    String instance = GiaoViecRequests.start(office, unit, title, "Nội dung: " + title, due.toString());
    return admin.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0).get("id").asText();
  }

  /** Task ids of a filter as the user sees them in Tasklist, in the order shown. */
  static List<String> list(Rest user, String key) {
    List<String> ids = new ArrayList<>();
    user.post("/engine-rest/filter/" + filterId(key) + "/list", TASKLIST_SORTING)
        .expect(200)
        .json()
        .forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  /** Names of the filters a user can read, in Tasklist's order (by priority). */
  static List<String> names(Rest user) {
    List<JsonNode> filters = new ArrayList<>();
    user.get("/engine-rest/filter?resourceType=Task").expect(200).json().forEach(filters::add);
    filters.sort((a, b) -> Integer.compare(a.at("/properties/priority").asInt(), b.at("/properties/priority").asInt()));
    return filters.stream().map(filter -> filter.get("name").asText()).toList();
  }

  static String filterId(String key) {
    for (Filter filter : app.bean(FilterService.class).createTaskFilterQuery().list()) {
      if (key.equals(filter.getProperties().get(TasklistFilter.KEY_PROPERTY))) {
        return filter.getId();
      }
    }
    throw new AssertionError("no filter " + key);
  }

  static List<String> filterGroups(String filterId) {
    return app.bean(AuthorizationService.class).createAuthorizationQuery()
        .resourceType(Resources.FILTER)
        .resourceId(filterId)
        .list()
        .stream()
        .map(Authorization::getGroupId)
        .filter(id -> id != null)
        .sorted()
        .toList();
  }

  /** Our filters (id, key, name, query, properties) and their authorizations, sorted. */
  static List<String> snapshot(RunningApplication running) {
    List<String> lines = new ArrayList<>();
    for (Filter filter : running.bean(FilterService.class).createTaskFilterQuery().list()) {
      Object key = filter.getProperties().get(TasklistFilter.KEY_PROPERTY);
      lines.add("filter " + key + " " + filter.getName());
      lines.add("definition " + filter.getId() + " " + key + " "
          + ((FilterEntity) filter).getQueryInternal() + " "
          + ((FilterEntity) filter).getPropertiesInternal());
      for (Authorization authorization :
          running.bean(AuthorizationService.class).createAuthorizationQuery()
              .resourceType(Resources.FILTER)
              .resourceId(filter.getId())
              .list()) {
        lines.add("share " + authorization.getId() + " " + key + " " + authorization.getGroupId() + " "
            + authorization.getUserId() + " " + authorization.isPermissionGranted(Permissions.READ));
      }
    }
    return new ArrayList<>(new TreeSet<>(lines));
  }
}
