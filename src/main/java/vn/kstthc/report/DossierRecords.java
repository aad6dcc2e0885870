package vn.kstthc.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.kstthc.catalogue.TthcLevel;

/** Table {@code kstthc_dossier_record}: the one-stop system's dossiers, by unit and case number. */
@Repository
public class DossierRecords {

  /** How a row came: from the one-stop system's export, or typed by an officer. */
  public enum Entry {
    NHAP_TEP,
    NHAP_TAY
  }

  private final JdbcTemplate jdbc;

  DossierRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Saves the dossiers, all or none: a dossier already recorded for its unit (same case number) is
   * replaced, as a later export knows more of it.
   */
  @Transactional
  public void save(List<DossierRecord> dossiers, Entry entry, String recordedBy, Instant recordedAt) {
    for (DossierRecord d : dossiers) {
      // the readers refuse it too; here it is what form II.05a's window rests on (FormFigures):
      // a dossier counted anywhere in a period was received by its end and not finished before it
      if (d.finishedOn() != null && d.finishedOn().isBefore(d.receivedOn())) {
        throw new IllegalArgumentException("Hồ sơ " + d.caseNumber() + ": ngày kết thúc trước ngày tiếp nhận.");
      }
      jdbc.update("delete from kstthc_dossier_record where unit_id = ? and case_number = ?", d.unitId(), d.caseNumber());
      jdbc.update(
          "insert into kstthc_dossier_record (id, unit_id, case_number, tthc_code, tthc_name, field, tthc_level,"
              + " channel, received_on, due_on, finished_on, state, entry, recorded_by, recorded_at)"
              + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          UUID.randomUUID().toString(), d.unitId(), d.caseNumber(), d.tthcCode(), d.tthcName(), d.field(),
          d.level().name(), d.channel().name(), Date.valueOf(d.receivedOn()), Date.valueOf(d.dueOn()),
          d.finishedOn() == null ? null : Date.valueOf(d.finishedOn()), d.state().name(), entry.name(), recordedBy,
          Timestamp.from(recordedAt));
    }
  }

  /** Maps a row of a form query (the columns every {@code ii05a-*} query selects). */
  static DossierRecord map(ResultSet rs, int row) throws SQLException {
    Date finished = rs.getDate("finished_on");
    return new DossierRecord(
        rs.getString("unit_id"),
        rs.getString("case_number"),
        rs.getString("tthc_code"),
        rs.getString("tthc_name"),
        rs.getString("field"),
        TthcLevel.valueOf(rs.getString("tthc_level")),
        DossierChannel.valueOf(rs.getString("channel")),
        rs.getDate("received_on").toLocalDate(),
        rs.getDate("due_on").toLocalDate(),
        finished == null ? null : finished.toLocalDate(),
        DossierState.valueOf(rs.getString("state")));
  }
}
