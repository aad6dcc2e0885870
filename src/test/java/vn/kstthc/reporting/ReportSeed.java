package vn.kstthc.reporting;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written as the engine and {@code OutcomeRecorder} write them: finished steps and dossiers in
 * {@code kstthc_deadline_outcome}, open tasks in {@code act_ru_task} with their {@code
 * kstthc_open_task} row.
 */
final class ReportSeed {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final JdbcTemplate jdbc;

  ReportSeed(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static Timestamp at(String localDateTime) {
    return localDateTime == null ? null : Timestamp.from(LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant());
  }

  ReportSeed procedure(String definitionId, String key) {
    jdbc.update(
        "insert into act_re_procdef (id_, rev_, key_, version_, name_, suspension_state_) values (?,1,?,1,?,1)",
        definitionId, key, key);
    return this;
  }

  /** A dossier: its instance row, running (an execution) until finished. */
  ReportSeed dossier(String id, String definitionId, String key, String caseNumber, String started, String due,
      String dueKind, String finished, String status, Integer daysLate) {
    jdbc.update(
        "insert into kstthc_deadline_outcome (id, kind, process_instance_id, process_definition_key, business_key,"
            + " activity_name, officer_id, started_at, due_at, due_kind, finished_at, status, working_days_late)"
            + " values (?,'INSTANCE',?,?,?,?,?,?,?,?,?,?,?)",
        id, id, key, caseNumber, "Quy trình " + key, "vps.an", at(started), at(due), dueKind, at(finished), status,
        daysLate);
    if (finished == null) {
      jdbc.update(
          "insert into act_ru_execution (id_, rev_, proc_inst_id_, business_key_, proc_def_id_, is_active_,"
              + " is_concurrent_, is_scope_, is_event_scope_, suspension_state_) values (?,1,?,?,?,true,false,true,false,1)",
          id, id, caseNumber, definitionId);
    }
    return this;
  }

  /** A step finished and judged. */
  ReportSeed finishedStep(String taskId, String instanceId, String key, String caseNumber, String unit, String started,
      String due, String dueKind, String finished, String status, Integer daysLate) {
    jdbc.update(
        "insert into kstthc_deadline_outcome (id, kind, process_instance_id, process_definition_key, business_key,"
            + " activity_id, activity_name, unit_id, officer_id, started_at, due_at, due_kind, finished_at, status,"
            + " working_days_late) values (?,'TASK',?,?,?,?,?,?,?,?,?,?,?,?,?)",
        taskId, instanceId, key, caseNumber, "Task_" + taskId, "Bước " + taskId, unit, "can.bo", at(started), at(due),
        dueKind, at(finished), status, daysLate);
    return this;
  }

  /** A task still open in the engine. */
  ReportSeed openStep(String taskId, String instanceId, String definitionId, String unit, String created, String due,
      String dueKind) {
    jdbc.update(
        "insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_,"
            + " create_time_, due_date_, suspension_state_) values (?,1,?,?,?,?,?,?,?,1)",
        taskId, instanceId, instanceId, definitionId, "Bước " + taskId, "Task_" + taskId, at(created), at(due));
    jdbc.update(
        "insert into kstthc_open_task (task_id, process_instance_id, due_kind, unit_id) values (?,?,?,?)",
        taskId, instanceId, dueKind, unit);
    return this;
  }
}
