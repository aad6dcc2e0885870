package vn.kstthc.benchmark.fault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What the database holds after a scenario, counted in SQL for the petitions whose sender
 * reference starts with a prefix: petitions, their process instances and open tasks, and what
 * would be a loss or a double (half-created cases, duplicates), plus the engine's jobs and
 * incidents and the notifications' states.
 */
final class FaultCounts {

  private final String url;
  private final String user;

  FaultCounts(String url, String user) {
    this.url = url;
    this.user = user;
  }

  long petitions(String prefix) throws SQLException {
    return one("select count(*) from kstthc_petition where sender_reference like ?", prefix + "-%");
  }

  /** Sender references stored more than once (the unique index should make it impossible). */
  long duplicatedReferences(String prefix) throws SQLException {
    return one("select count(*) from (select channel, sender_reference from kstthc_petition"
        + " where sender_reference like ? group by channel, sender_reference having count(*) > 1) d", prefix + "-%");
  }

  /** Process instances of xu-ly-pakn started for these petitions (history: running or ended). */
  long instances(String prefix) throws SQLException {
    return one("select count(*) from act_hi_procinst i join act_hi_varinst v on v.proc_inst_id_ = i.id_"
        + " and v.name_ = 'soThamChieu' where i.proc_def_key_ = 'xu-ly-pakn' and v.text_ like ?", prefix + "-%");
  }

  /** Open tasks of these petitions' instances. */
  long tasks(String prefix) throws SQLException {
    return one("select count(*) from act_ru_task t join kstthc_petition p on p.process_instance_id = t.proc_inst_id_"
        + " where p.sender_reference like ?", prefix + "-%");
  }

  /** Instances with other than one open task (each new petition waits at 'Phân loại'). */
  long instancesWithoutOneTask(String prefix) throws SQLException {
    return one("select count(*) from kstthc_petition p where p.sender_reference like ? and"
        + " (select count(*) from act_ru_task t where t.proc_inst_id_ = p.process_instance_id) <> 1", prefix + "-%");
  }

  /** Half-created cases: a petition without its running instance, or an instance without its petition. */
  long halfCreated(String prefix) throws SQLException {
    long petitionWithout = one("select count(*) from kstthc_petition p where p.sender_reference like ? and"
        + " (p.process_instance_id is null or p.case_number is null or not exists (select 1 from act_ru_execution e"
        + " where e.id_ = p.process_instance_id))", prefix + "-%");
    long instanceWithout = one("select count(*) from act_hi_procinst i join act_hi_varinst v on v.proc_inst_id_ = i.id_"
        + " and v.name_ = 'soThamChieu' where i.proc_def_key_ = 'xu-ly-pakn' and v.text_ like ? and not exists"
        + " (select 1 from kstthc_petition p where p.process_instance_id = i.id_)", prefix + "-%");
    return petitionWithout + instanceWithout;
  }

  /** Case numbers given to more than one instance. */
  long duplicatedCaseNumbers() throws SQLException {
    return one("select count(*) from (select business_key_ from act_hi_procinst where proc_def_key_ = 'xu-ly-pakn'"
        + " group by business_key_ having count(*) > 1) d");
  }

  /** The case number stored for each sender reference of the prefix. */
  Map<String, String> caseNumbers(String prefix) throws SQLException {
    Map<String, String> cases = new HashMap<>();
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(
            "select sender_reference, case_number from kstthc_petition where sender_reference like ?")) {
      s.setString(1, prefix + "-%");
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          cases.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return cases;
  }

  long incidents() throws SQLException {
    return one("select count(*) from act_ru_incident");
  }

  long jobs() throws SQLException {
    return one("select count(*) from act_ru_job");
  }

  long failedJobs() throws SQLException {
    return one("select count(*) from act_ru_job where exception_msg_ is not null");
  }

  /** Jobs locked now by a job executor (until their lock expires). */
  long lockedJobs() throws SQLException {
    return one("select count(*) from act_ru_job where lock_exp_time_ > now()");
  }

  long notifications(String status) throws SQLException {
    return one("select count(*) from kstthc_notification where status = ?", status);
  }

  /** Notifications that needed more than one try. */
  long notificationsRetried() throws SQLException {
    return one("select count(*) from kstthc_notification where tries > 1");
  }

  long one(String sql, Object... args) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, "");
  }
}
