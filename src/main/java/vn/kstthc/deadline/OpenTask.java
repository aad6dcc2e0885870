package vn.kstthc.deadline;

/**
 * One row of {@code kstthc_open_task}: what an open task will be judged by, fixed when it was
 * created (the kind of its due date, the unit its lateness is charged to).
 */
record OpenTask(String taskId, String processInstanceId, DeadlineKind dueKind, String unitId) {}
