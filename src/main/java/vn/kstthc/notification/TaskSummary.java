package vn.kstthc.notification;

import java.util.Date;

/**
 * What a notification says about a task.
 *
 * @param caseTitle the case's title (variable {@code tieuDe}) when the process has one
 * @param titleLabel what the title is called in this process (process property {@code tieuDe.nhan}),
 *     or null
 * @param unitName name of the unit the task waits at
 */
public record TaskSummary(
    String taskId,
    String taskName,
    String processInstanceId,
    String processName,
    String businessKey,
    String caseTitle,
    String titleLabel,
    String unitName,
    Date due) {}
