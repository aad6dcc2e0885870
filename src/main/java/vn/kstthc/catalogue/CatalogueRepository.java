package vn.kstthc.catalogue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Tables {@code kstthc_tthc}, {@code kstthc_tthc_history} and the publication decisions. */
@Repository
class CatalogueRepository {

  private static final String COLUMNS =
      "code, name, field, tthc_level, kind, implementing_body, owning_unit, resolution_time, resolution_unit,"
          + " fees, legal_basis, one_stop, interconnected, online_service, public_postal, boundary_free,"
          + " digitised_results, status, effective_from, abolished_from";

  private final JdbcTemplate jdbc;

  CatalogueRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Tthc> find(String code) {
    return jdbc.query("select " + COLUMNS + " from kstthc_tthc where code = ?", CatalogueRepository::tthc, code)
        .stream()
        .findFirst();
  }

  void insert(Tthc t) {
    jdbc.update("insert into kstthc_tthc (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values(t, true));
  }

  void update(Tthc t) {
    jdbc.update(
        "update kstthc_tthc set name = ?, field = ?, tthc_level = ?, kind = ?, implementing_body = ?, owning_unit = ?,"
            + " resolution_time = ?, resolution_unit = ?, fees = ?, legal_basis = ?, one_stop = ?, interconnected = ?,"
            + " online_service = ?, public_postal = ?, boundary_free = ?, digitised_results = ?, status = ?,"
            + " effective_from = ?, abolished_from = ? where code = ?",
        values(t, false));
  }

  List<Tthc> search(CatalogueQuery q) {
    List<Object> args = new ArrayList<>();
    String where = where(q, args);
    args.add(q.size());
    args.add((long) q.page() * q.size());
    return jdbc.query(
        "select " + COLUMNS + " from kstthc_tthc" + where + " order by code limit ? offset ?",
        CatalogueRepository::tthc,
        args.toArray());
  }

  long count(CatalogueQuery q) {
    List<Object> args = new ArrayList<>();
    return jdbc.queryForObject("select count(*) from kstthc_tthc" + where(q, args), Long.class, args.toArray());
  }

  void insertHistory(String code, ChangeKind change, String decisionId, Instant at, String actor, String details) {
    jdbc.update(
        "insert into kstthc_tthc_history (id, tthc_code, change_kind, decision_id, changed_at, actor, details)"
            + " values (?,?,?,?,?,?,?)",
        UUID.randomUUID().toString(), code, change.name(), decisionId, Timestamp.from(at), actor, details);
  }

  List<HistoryEntry> history(String code) {
    return jdbc.query(
        "select h.*, d.decision_number from kstthc_tthc_history h"
            + " left join kstthc_publication_decision d on d.id = h.decision_id"
            + " where h.tthc_code = ? order by h.changed_at, h.id",
        (rs, i) -> new HistoryEntry(
            ChangeKind.valueOf(rs.getString("change_kind")),
            rs.getString("decision_id"),
            rs.getString("decision_number"),
            rs.getTimestamp("changed_at").toInstant(),
            rs.getString("actor"),
            rs.getString("details")),
        code);
  }

  boolean decisionNumberExists(String number) {
    return jdbc.queryForObject(
            "select count(*) from kstthc_publication_decision where decision_number = ?", Long.class, number)
        > 0;
  }

  void insertDecision(PublicationDecision d) {
    jdbc.update(
        "insert into kstthc_publication_decision (id, decision_number, signed_on, effective_on, decision_type,"
            + " source_kind, source_number, source_issued_on, source_learned_on, recorded_at, recorded_by)"
            + " values (?,?,?,?,?,?,?,?,?,?,?)",
        d.id(), d.number(), date(d.signedOn()), date(d.effectiveOn()), d.type().name(), d.sourceKind().name(),
        d.sourceNumber(), date(d.sourceIssuedOn()), date(d.sourceLearnedOn()), Timestamp.from(d.recordedAt()),
        d.recordedBy());
    for (int i = 0; i < d.items().size(); i++) {
      PublicationDecision.Item item = d.items().get(i);
      jdbc.update(
          "insert into kstthc_publication_item (decision_id, item_no, tthc_code, change_kind) values (?,?,?,?)",
          d.id(), i + 1, item.code(), item.change().name());
    }
  }

  Optional<PublicationDecision> findDecision(String id) {
    List<PublicationDecision.Item> items = jdbc.query(
        "select tthc_code, change_kind from kstthc_publication_item where decision_id = ? order by item_no",
        (rs, i) -> new PublicationDecision.Item(
            rs.getString("tthc_code"), ChangeKind.valueOf(rs.getString("change_kind")), null),
        id);
    return jdbc.query(
            "select * from kstthc_publication_decision where id = ?",
            (rs, i) -> new PublicationDecision(
                rs.getString("id"),
                rs.getString("decision_number"),
                localDate(rs, "signed_on"),
                localDate(rs, "effective_on"),
                DecisionType.valueOf(rs.getString("decision_type")),
                SourceKind.valueOf(rs.getString("source_kind")),
                rs.getString("source_number"),
                localDate(rs, "source_issued_on"),
                localDate(rs, "source_learned_on"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"),
                items),
            id)
        .stream()
        .findFirst();
  }

  private static String where(CatalogueQuery q, List<Object> args) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    condition(where, args, " and field = ?", q.field());
    condition(where, args, " and tthc_level = ?", q.level() == null ? null : q.level().name());
    condition(where, args, " and kind = ?", q.kind() == null ? null : q.kind().name());
    condition(where, args, " and status = ?", q.state() == null ? null : q.state().name());
    condition(where, args, " and owning_unit = ?", q.owningUnit());
    if (q.text() != null) {
      where.append(" and (lower(name) like ? or code like ?)");
      // % and _ typed by an officer are dropped, not taken as LIKE wildcards
      String pattern = "%" + q.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
      args.add(pattern);
      args.add(pattern);
    }
    return where.toString();
  }

  private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
    if (value != null) {
      where.append(sql);
      args.add(value);
    }
  }

  private static Object[] values(Tthc t, boolean codeFirst) {
    List<Object> values = new ArrayList<>(List.of(
        t.name(), t.field(), t.level().name(), t.kind().name()));
    values.add(t.implementingBody());
    values.add(t.owningUnit());
    values.add(t.resolutionTime());
    values.add(t.resolutionUnit() == null ? null : t.resolutionUnit().name());
    values.add(t.fees());
    values.add(t.legalBasis());
    values.add(t.oneStop());
    values.add(t.interconnected());
    values.add(t.onlineService().name());
    values.add(t.publicPostal());
    values.add(t.boundaryFree());
    values.add(t.digitisedResults());
    values.add(t.state().name());
    values.add(date(t.effectiveFrom()));
    values.add(date(t.abolishedFrom()));
    if (codeFirst) {
      values.add(0, t.code());
    } else {
      values.add(t.code());
    }
    return values.toArray();
  }

  private static Tthc tthc(ResultSet rs, int row) throws SQLException {
    String unit = rs.getString("resolution_unit");
    Number time = (Number) rs.getObject("resolution_time");
    return new Tthc(
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("field"),
        TthcLevel.valueOf(rs.getString("tthc_level")),
        TthcKind.valueOf(rs.getString("kind")),
        rs.getString("implementing_body"),
        rs.getString("owning_unit"),
        time == null ? null : time.doubleValue(),
        unit == null ? null : ResolutionUnit.valueOf(unit),
        rs.getString("fees"),
        rs.getString("legal_basis"),
        rs.getBoolean("one_stop"),
        rs.getBoolean("interconnected"),
        OnlineService.valueOf(rs.getString("online_service")),
        rs.getBoolean("public_postal"),
        rs.getBoolean("boundary_free"),
        rs.getBoolean("digitised_results"),
        TthcState.valueOf(rs.getString("status")),
        localDate(rs, "effective_from"),
        localDate(rs, "abolished_from"));
  }

  private static Date date(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
