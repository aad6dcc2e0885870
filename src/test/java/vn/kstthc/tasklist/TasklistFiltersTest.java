package vn.kstthc.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.kstthc.platform.ProcessTests;

/**
 * What each filter of {@link TasklistFilters} selects, on the in-memory engine with a fixed clock
 * (the filters' expressions {@code now()} and {@code dateTime()} read the engine's clock). Officer
 * {@code giang} belongs to unit {@code phong-a}; {@code phong-b} is another unit.
 */
class TasklistFiltersTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @RegisterExtension static ProcessEngineExtension engine = ProcessTests.engine();

  TaskService tasks;
  FilterService filters;
  IdentityService identity;
  final List<String> created = new ArrayList<>();

  @BeforeEach
  void createTheFilters() {
    tasks = engine.getTaskService();
    filters = engine.getFilterService();
    identity = engine.getIdentityService();
    for (TasklistFilter definition : TasklistFilters.ALL) {
      Filter filter = filters.newTaskFilter(definition.name());
      filter.setQuery(definition.query().apply(tasks));
      filter.setProperties(definition.properties(TasklistFilters.COLUMNS));
      created.add("filter:" + filters.saveFilter(filter).getId());
    }
  }

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    ClockUtil.reset();
    for (String id : created) {
      if (id.startsWith("filter:")) {
        filters.deleteFilter(id.substring(7));
      } else {
        tasks.deleteTask(id, true);
      }
    }
  }

  @Test
  void myTasksAndMyUnitsUnclaimedTasksMostUrgentFirst() {
    String mineLater = task("phong-a", "giang", at(2026, 12, 10, 0, 0));
    String mineSooner = task("phong-a", "giang", at(2026, 12, 2, 0, 0));
    String colleagues = task("phong-a", "khanh", at(2026, 12, 3, 0, 0));
    String unitLater = task("phong-a", null, at(2026, 12, 20, 0, 0));
    String unitSooner = task("phong-a", null, at(2026, 12, 5, 0, 0));
    String otherUnit = task("phong-b", null, at(2026, 12, 1, 0, 0));

    assertThat(list(TasklistFilters.MY_TASKS)).containsExactly(mineSooner, mineLater);
    assertThat(list(TasklistFilters.UNIT_TASKS)).containsExactly(unitSooner, unitLater);
    assertThat(list(TasklistFilters.MY_TASKS)).doesNotContain(colleagues, otherUnit);
  }

  @Test
  void onAWednesdayAfternoonDueSoonReachesThursdayAfternoon() {
    String thursdayMorning = task("phong-a", null, at(2026, 11, 26, 10, 0));
    String fridayMorning = task("phong-a", "giang", at(2026, 11, 27, 10, 0));
    String wednesdayMorning = task("phong-a", "khanh", at(2026, 11, 25, 10, 0));
    String otherUnit = task("phong-b", null, at(2026, 11, 26, 10, 0));
    ClockUtil.setCurrentTime(at(2026, 11, 25, 15, 0));

    assertThat(list(TasklistFilters.DUE_SOON)).containsExactly(thursdayMorning);
    assertThat(list(TasklistFilters.OVERDUE)).containsExactly(wednesdayMorning);
    assertThat(list(TasklistFilters.DUE_SOON)).doesNotContain(fridayMorning, otherUnit);
  }

  @Test
  void onAFridayAfternoonDueSoonReachesMondayAfternoon() {
    String saturday = task("phong-a", null, at(2026, 11, 28, 9, 0));
    String mondayMorning = task("phong-a", "giang", at(2026, 11, 30, 10, 0));
    String mondayEvening = task("phong-a", null, at(2026, 11, 30, 17, 0));
    ClockUtil.setCurrentTime(at(2026, 11, 27, 15, 0));

    assertThat(list(TasklistFilters.DUE_SOON)).containsExactly(saturday, mondayMorning);
    assertThat(list(TasklistFilters.DUE_SOON)).doesNotContain(mondayEvening);
  }

  @Test
  void beforeAHolidayDueSoonReachesTheWorkingDayAfterIt() {
    // Friday 24/04/2026; Monday 27/04 is the day off for Giỗ Tổ Hùng Vương (TB 9441/TB-BNV)
    String tuesdayMorning = task("phong-a", null, at(2026, 4, 28, 9, 0));
    String tuesdayEvening = task("phong-a", null, at(2026, 4, 28, 17, 0));
    ClockUtil.setCurrentTime(at(2026, 4, 24, 15, 0));

    assertThat(list(TasklistFilters.DUE_SOON)).containsExactly(tuesdayMorning);
    assertThat(list(TasklistFilters.DUE_SOON)).doesNotContain(tuesdayEvening);
  }

  @Test
  void theDepartmentsOverdueListHasEveryUnitsOverdueTasks() {
    String unitA = task("phong-a", "giang", at(2026, 11, 20, 0, 0));
    String unitB = task("phong-b", null, at(2026, 11, 18, 0, 0));
    String notYet = task("phong-b", null, at(2026, 12, 18, 0, 0));
    ClockUtil.setCurrentTime(at(2026, 11, 23, 8, 0));

    assertThat(list(TasklistFilters.OVERDUE_ALL)).containsSubsequence(unitB, unitA).doesNotContain(notYet);
    assertThat(list(TasklistFilters.OVERDUE)).contains(unitA).doesNotContain(unitB);
  }

  /** A task of a unit (candidate group), assigned or not, with a due date. */
  String task(String unit, String assignee, Date due) {
    Task task = tasks.newTask();
    task.setName("Công việc của " + unit);
    task.setAssignee(assignee);
    task.setDueDate(due);
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), unit);
    created.add(task.getId());
    return task.getId();
  }

  /** Task ids of a filter for officer giang of phong-a, in the filter's order. */
  List<String> list(String key) {
    TasklistFilter definition =
        TasklistFilters.ALL.stream().filter(filter -> filter.key().equals(key)).findFirst().orElseThrow();
    String filterId =
        filters.createTaskFilterQuery().filterName(definition.name()).singleResult().getId();
    identity.setAuthentication("giang", List.of("phong-a"));
    try {
      List<Task> found = filters.list(filterId);
      return found.stream().map(Task::getId).toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant());
  }
}
