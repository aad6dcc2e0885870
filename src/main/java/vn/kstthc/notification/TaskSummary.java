package vn.kstthc.notification;

import java.util.Date;

/**
 * What a notification says about a task.
 *
 * @param caseTitle the dossier's title (variable {@code tieuDe}) when the process has one
 * @param unitName name of the unit the task waits at
 */
public record TaskSummary(
    String taskId,
    String taskName,
    String processInstanceId,
    String processName,
    String businessKey,
    String caseTitle,
    String unitName,
    Date due) {}
