package vn.kstthc.tasklist;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import vn.kstthc.organisation.GroupKind;

/**
 * The Tasklist filters every officer and supervisor gets, in Vietnamese, sorted by due date (the
 * most urgent first). Dates are the engine's filter expressions, evaluated when the filter runs:
 * {@code ${now()}} and {@code ${dateTime()}} (Joda time, in the server's zone Asia/Ho_Chi_Minh).
 */
public final class TasklistFilters {

  public static final String MY_TASKS = "viec-cua-toi";
  public static final String UNIT_TASKS = "viec-cua-don-vi";
  public static final String DUE_SOON = "sap-den-han";
  public static final String OVERDUE = "qua-han";
  public static final String OVERDUE_ALL = "qua-han-toan-so";

  static final String CURRENT_USER = "${currentUser()}";
  static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";
  static final String NOW = "${now()}";

  /**
   * The same time on the next working day, by the working-day calendar (weekends, public holidays,
   * days off and make-up Saturdays): see {@link vn.kstthc.deadline.WorkingDayFunctions}.
   */
  static final String ONE_WORKING_DAY_FROM_NOW =
      "${" + vn.kstthc.deadline.WorkingDayFunctions.SAME_TIME_NEXT_WORKING_DAY + "()}";

  /**
   * Variables shown on each task of every filter, when the task's process has them: the case
   * number {@code maSoHoSo}, the title {@code tieuDe} and the procedure {@code tenThuTuc} (the
   * convention for every process), through their copies in the task ({@link TaskDisplayVariables}),
   * and, on a task that was returned, how many times ("Đã trả lại: 1 lần"). The case number and the
   * title come first: Tasklist's custom styles put these variables at the top of each card.
   */
  public static final List<TasklistFilter.Column> COLUMNS =
      List.of(
          column("maSoHoSo", "Mã hồ sơ"),
          column("tieuDe", "Tiêu đề"),
          new TasklistFilter.Column(TaskDisplayVariables.RETURNED, "Đã trả lại"),
          column("tenThuTuc", "Thủ tục"));

  public static final List<TasklistFilter> ALL =
      List.of(
          new TasklistFilter(
              MY_TASKS,
              "Việc của tôi",
              "Công việc đang giao cho tôi xử lý, việc đến hạn trước ở trên",
              10,
              "#1f6fb2",
              tasks -> tasks.createTaskQuery().taskAssigneeExpression(CURRENT_USER).orderByDueDate().asc(),
              Set.of(GroupKind.OFFICERS)),
          new TasklistFilter(
              UNIT_TASKS,
              "Việc của đơn vị",
              "Công việc của đơn vị tôi chưa có người nhận xử lý",
              20,
              "#2e8540",
              tasks ->
                  tasks.createTaskQuery()
                      .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                      .taskUnassigned()
                      .orderByDueDate()
                      .asc(),
              Set.of(GroupKind.OFFICERS)),
          new TasklistFilter(
              DUE_SOON,
              "Sắp đến hạn",
              "Công việc của tôi và của đơn vị đến hạn trong vòng một ngày làm việc",
              30,
              "#e0a100",
              tasks -> mineOrMyUnits(tasks).dueAfterExpression(NOW).dueBeforeExpression(ONE_WORKING_DAY_FROM_NOW),
              Set.of(GroupKind.OFFICERS)),
          new TasklistFilter(
              OVERDUE,
              "Quá hạn",
              "Công việc của tôi và của đơn vị đã quá hạn xử lý",
              40,
              "#c62828",
              tasks -> mineOrMyUnits(tasks).dueBeforeExpression(NOW),
              Set.of(GroupKind.OFFICERS)),
          new TasklistFilter(
              OVERDUE_ALL,
              "Quá hạn toàn Sở",
              "Mọi công việc đã quá hạn xử lý, của mọi đơn vị (chỉ để theo dõi)",
              50,
              "#8e0000",
              tasks -> tasks.createTaskQuery().dueBeforeExpression(NOW).orderByDueDate().asc(),
              Set.of(GroupKind.SUPERVISORS)));

  private TasklistFilters() {}

  private static TasklistFilter.Column column(String processVariable, String label) {
    return new TasklistFilter.Column(TaskDisplayVariables.COPIES.get(processVariable), label);
  }

  /** Tasks assigned to the current user, or whose candidate group is one of theirs (assigned or not). */
  private static TaskQuery mineOrMyUnits(TaskService tasks) {
    return tasks.createTaskQuery()
        .or()
        .taskAssigneeExpression(CURRENT_USER)
        .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
        .includeAssignedTasks()
        .endOr()
        .orderByDueDate()
        .asc();
  }
}
