package vn.kstthc.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.kstthc.reporting.ReportScope;

/**
 * Signed reports, frozen ({@code kstthc_report_snapshot}): the filled form as canonical JSON
 * (properties and map entries sorted) and its SHA-256, inserted once and never changed. A later
 * recomputation of the same period is compared with it ({@link #differences}), so history is never
 * changed silently; a stored content that no longer matches its checksum is reported ({@link
 * Snapshot#intact()}). For the report procedure's signing step; a form whose identities fail cannot
 * be frozen.
 */
@Service
public class ReportSnapshots {

  static final ObjectMapper CANONICAL = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();
  static final String EVERY_UNIT = "*";

  private final JdbcTemplate jdbc;
  private final FormFigures figures;

  ReportSnapshots(JdbcTemplate jdbc, FormFigures figures) {
    this.jdbc = jdbc;
    this.figures = figures;
  }

  /** A frozen report; {@code intact} is false when its content no longer matches its checksum. */
  public record Snapshot(String id, FormReport report, String checksum, String signedBy, Instant signedAt,
      boolean intact) {}

  /** Fills the form now and freezes it as signed by {@code signedBy}; refused while an identity fails. */
  public Snapshot freeze(FormTemplate template, ReportScope scope, ReportPeriod period, String signedBy, Instant at) {
    FormReport report = figures.fill(template, scope, period);
    if (!report.identityFailures().isEmpty()) {
      throw new IllegalStateException("Chưa thể ký báo cáo: số liệu chưa khớp. "
          + String.join(" ", report.identityFailures()));
    }
    String content = json(report);
    String checksum = sha256(content);
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "insert into kstthc_report_snapshot (id, form_id, form_version, type_id, period_first, period_last, units,"
            + " content, checksum, signed_by, signed_at) values (?,?,?,?,?,?,?,?,?,?,?)",
        id, template.id(), template.version(), period.typeId(), Date.valueOf(period.first()),
        Date.valueOf(period.last()), report.units().isEmpty() ? EVERY_UNIT : String.join(",", report.units()),
        content, checksum, signedBy, Timestamp.from(at));
    return new Snapshot(id, report, checksum, signedBy, at, true);
  }

  public Optional<Snapshot> find(String id) {
    return jdbc.query("select * from kstthc_report_snapshot where id = ?", (rs, row) -> {
      String content = rs.getString("content");
      String checksum = rs.getString("checksum");
      return new Snapshot(id, read(content), checksum, rs.getString("signed_by"),
          rs.getTimestamp("signed_at").toInstant(), sha256(content).equals(checksum));
    }, id).stream().findFirst();
  }

  /**
   * What a recomputation of the snapshot's period and units gives now that differs from what was
   * signed, one Vietnamese line per figure ("Cấp tỉnh — Đo lường, cột 'qua-han': đã ký 1, nay 2");
   * empty when nothing changed.
   */
  public List<String> differences(String id, FormTemplate template) {
    Snapshot snapshot = find(id).orElseThrow(() -> new IllegalArgumentException("Không có báo cáo đã ký " + id));
    FormReport signed = snapshot.report();
    ReportScope scope = signed.units().isEmpty() ? ReportScope.everyUnit() : ReportScope.ofUnits(Set.copyOf(signed.units()));
    FormReport now = figures.fill(template, scope, signed.period());
    List<String> differences = new ArrayList<>();
    Map<String, FormReport.Row> before = byLabel(signed);
    Map<String, FormReport.Row> after = byLabel(now);
    List<String> labels = new ArrayList<>(before.keySet());
    after.keySet().stream().filter(label -> !before.containsKey(label)).forEach(labels::add);
    for (String label : labels) {
      for (FormTemplate.Column column : template.columns()) {
        long was = before.containsKey(label) ? before.get(label).cell(column.key()) : 0;
        long is = after.containsKey(label) ? after.get(label).cell(column.key()) : 0;
        if (was != is) {
          differences.add(label + ", cột '" + column.key() + "': đã ký " + was + ", nay " + is);
        }
      }
    }
    return differences;
  }

  private static Map<String, FormReport.Row> byLabel(FormReport report) {
    Map<String, FormReport.Row> rows = new java.util.LinkedHashMap<>();
    report.rows().forEach(row -> rows.put(row.label(), row));
    rows.put(report.total().label(), report.total());
    return rows;
  }

  static String json(FormReport report) {
    try {
      return CANONICAL.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FormReport read(String content) {
    try {
      return CANONICAL.readValue(content, FormReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Báo cáo đã ký không đọc được", e);
    }
  }

  static String sha256(String content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
