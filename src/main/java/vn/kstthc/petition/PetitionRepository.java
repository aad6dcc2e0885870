package vn.kstthc.petition;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Tables {@code kstthc_petition}, {@code kstthc_petition_sender} and {@code kstthc_petition_attachment}. */
@Repository
public class PetitionRepository {

  private static final String COLUMNS =
      "id, case_number, process_instance_id, channel, sender_reference, title, content, field, status,"
          + " classification, handling_unit, unit_override_reason, closing_reason, forwarded_to, answer,"
          + " answer_channel, national_reference, received_on, created_at, answered_at, sent_at, published_at,"
          + " closed_at, recorded_by, public_summary";

  private final JdbcTemplate jdbc;

  PetitionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the petition, its sender and its attachments; returns the new id. {@code recordedBy}:
   * the integration client's or the officer's user id.
   */
  String insert(NewPetition p, String recordedBy, Instant now) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "insert into kstthc_petition (id, channel, sender_reference, title, content, field, status, received_on,"
            + " created_at, recorded_by) values (?,?,?,?,?,?,?,?,?,?)",
        id, p.channel().name(), p.senderReference(), p.title(), p.content(), p.field(),
        PetitionStatus.DA_TIEP_NHAN.name(), Date.valueOf(p.receivedOn()), Timestamp.from(now), recordedBy);
    PetitionSender s = p.sender();
    jdbc.update(
        "insert into kstthc_petition_sender (petition_id, name, address, phone, email) values (?,?,?,?,?)",
        id, s.name(), s.address(), s.phone(), s.email());
    for (PetitionAttachment a : p.attachments()) {
      jdbc.update(
          "insert into kstthc_petition_attachment (id, petition_id, file_name, media_type, size_bytes,"
              + " storage_reference) values (?,?,?,?,?,?)",
          UUID.randomUUID().toString(), id, a.fileName(), a.mediaType(), a.sizeBytes(), a.storageReference());
    }
    return id;
  }

  public Optional<Petition> find(String id) {
    return jdbc.query("select " + COLUMNS + " from kstthc_petition where id = ?", PetitionRepository::petition, id)
        .stream().findFirst();
  }

  public Optional<Petition> findByReference(PetitionChannel channel, String senderReference) {
    return jdbc.query(
            "select " + COLUMNS + " from kstthc_petition where channel = ? and sender_reference = ?",
            PetitionRepository::petition, channel.name(), senderReference)
        .stream().findFirst();
  }

  public Optional<Petition> findByCaseNumber(String caseNumber) {
    return jdbc.query("select " + COLUMNS + " from kstthc_petition where case_number = ?", PetitionRepository::petition,
            caseNumber)
        .stream().findFirst();
  }

  /** The latest published answers, newest first; reads kstthc_petition only, never the sender. */
  public List<PublishedAnswer> published(int limit) {
    return jdbc.query(
        "select case_number, field, public_summary, answer, handling_unit, received_on, answered_at, published_at"
            + " from kstthc_petition where status = ? order by published_at desc, case_number desc limit ?",
        (rs, i) -> new PublishedAnswer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getDate(6).toLocalDate(), instant(rs, "answered_at"), instant(rs, "published_at")),
        PetitionStatus.DA_CONG_KHAI.name(), limit);
  }

  public Optional<PetitionSender> sender(String petitionId) {
    return jdbc.query(
            "select name, address, phone, email from kstthc_petition_sender where petition_id = ?",
            (rs, i) -> new PetitionSender(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
            petitionId)
        .stream().findFirst();
  }

  public List<PetitionAttachment> attachments(String petitionId) {
    return jdbc.query(
        "select file_name, media_type, size_bytes, storage_reference from kstthc_petition_attachment"
            + " where petition_id = ? order by file_name",
        (rs, i) -> new PetitionAttachment(
            rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4)),
        petitionId);
  }

  void linkInstance(String id, String processInstanceId, String caseNumber) {
    update("update kstthc_petition set process_instance_id = ?, case_number = ? where id = ?",
        processInstanceId, caseNumber, id);
  }

  void classify(String id, PetitionClassification classification, String unit, String overrideReason) {
    update("update kstthc_petition set classification = ?, handling_unit = ?, unit_override_reason = ?,"
            + " status = ? where id = ?",
        classification.name(), unit, overrideReason, PetitionStatus.DANG_XU_LY.name(), id);
  }

  void close(String id, PetitionClassification classification, PetitionStatus status, String reason,
      String forwardedTo, Instant now) {
    update("update kstthc_petition set classification = ?, status = ?, closing_reason = ?, forwarded_to = ?,"
            + " closed_at = ? where id = ?",
        classification.name(), status.name(), reason, forwardedTo, Timestamp.from(now), id);
  }

  void approve(String id, String answer, AnswerChannel channel, Instant now) {
    update("update kstthc_petition set answer = ?, answer_channel = ?, status = ?, answered_at = ? where id = ?",
        answer, channel.name(), PetitionStatus.DA_DUYET.name(), Timestamp.from(now), id);
  }

  void sent(String id, Instant now) {
    update("update kstthc_petition set status = ?, sent_at = ? where id = ?",
        PetitionStatus.DA_GUI.name(), Timestamp.from(now), id);
  }

  void published(String id, String nationalReference, String publicSummary, Instant now) {
    update("update kstthc_petition set national_reference = ?, public_summary = ?, status = ?, published_at = ?,"
            + " closed_at = ? where id = ?",
        nationalReference, publicSummary, PetitionStatus.DA_CONG_KHAI.name(), Timestamp.from(now),
        Timestamp.from(now), id);
  }

  private void update(String sql, Object... args) {
    if (jdbc.update(sql, args) != 1) {
      throw new IllegalStateException("Không tìm thấy phản ánh, kiến nghị " + args[args.length - 1]);
    }
  }

  private static Petition petition(ResultSet rs, int row) throws SQLException {
    String classification = rs.getString("classification");
    String answerChannel = rs.getString("answer_channel");
    return new Petition(
        rs.getString("id"),
        rs.getString("case_number"),
        rs.getString("process_instance_id"),
        PetitionChannel.valueOf(rs.getString("channel")),
        rs.getString("sender_reference"),
        rs.getString("title"),
        rs.getString("content"),
        rs.getString("field"),
        PetitionStatus.valueOf(rs.getString("status")),
        classification == null ? null : PetitionClassification.valueOf(classification),
        rs.getString("handling_unit"),
        rs.getString("unit_override_reason"),
        rs.getString("closing_reason"),
        rs.getString("forwarded_to"),
        rs.getString("answer"),
        answerChannel == null ? null : AnswerChannel.valueOf(answerChannel),
        rs.getString("national_reference"),
        rs.getDate("received_on").toLocalDate(),
        instant(rs, "created_at"),
        instant(rs, "answered_at"),
        instant(rs, "sent_at"),
        instant(rs, "published_at"),
        instant(rs, "closed_at"),
        rs.getString("recorded_by"),
        rs.getString("public_summary"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
