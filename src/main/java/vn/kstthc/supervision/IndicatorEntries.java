package vn.kstthc.supervision;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.kstthc.organisation.OrganisationService;

/**
 * The values of the indicators entered by hand (source {@link Indicator.Source#MANUAL}: the Văn
 * phòng copies them from another system each quarter), table {@code kstthc_indicator_entry},
 * append-only: a value is given once for an indicator, a unit (or the whole Sở) and a period;
 * anything given later for the same is a correction, a new version with its reason and its author.
 * Nothing is updated or deleted (PostgreSQL refuses it too, migration V150).
 */
@Service
public class IndicatorEntries {

  /** The unit key of a value for the whole Sở. */
  static final String WHOLE = "*";
  static final int MAX_REASON = 1000;
  static final BigDecimal MAX_VALUE = BigDecimal.valueOf(100);

  private final JdbcTemplate jdbc;
  private final IndicatorRegisters registers;
  private final OrganisationService organisations;

  IndicatorEntries(JdbcTemplate jdbc, IndicatorRegisters registers, OrganisationService organisations) {
    this.jdbc = jdbc;
    this.registers = registers;
    this.organisations = organisations;
  }

  /**
   * One value as given.
   *
   * @param unitId the unit it is for, or null: the whole Sở
   * @param value percent, as the indicator's target
   */
  public record Entry(String indicatorCode, String unitId, LocalDate from, LocalDate to, int version, BigDecimal value,
      String correctionReason, String enteredBy, Instant enteredAt) {}

  /** A value refused, with a Vietnamese message per field of the request. */
  static final class Refused extends RuntimeException {
    final Map<String, String> fields;

    Refused(Map<String, String> fields) {
      super(String.join(" ", fields.values()));
      this.fields = Map.copyOf(fields);
    }
  }

  /**
   * Appends a value, or a correction of the value standing for the same indicator, unit and period.
   *
   * @param fields as sent: {@code tuNgay}, {@code denNgay}, {@code giaTri}, {@code donVi} (none: the
   *     whole Sở), {@code lyDo} (required for a correction)
   * @throws Refused naming each field that is wrong
   */
  public Entry enter(String code, Map<String, ?> fields, String userId, Instant now, LocalDate today) {
    Map<String, String> wrong = new LinkedHashMap<>();
    LocalDate from = day(fields, "tuNgay", "Ngày đầu kỳ", wrong);
    LocalDate to = day(fields, "denNgay", "Ngày cuối kỳ", wrong);
    if (from != null && to != null && (to.isBefore(from) || to.getYear() != from.getYear() || to.isAfter(today))) {
      wrong.put("denNgay", "Ngày cuối kỳ (denNgay) phải không trước ngày đầu kỳ, cùng năm với nó và không sau hôm nay.");
    }
    BigDecimal value = value(text(fields, "giaTri"), wrong);
    String unit = text(fields, "donVi");
    if (unit != null && organisations.organisation().group(unit).isEmpty()) {
      wrong.put("donVi", "Đơn vị (donVi) '" + unit + "' không có trong tổ chức; để trống khi giá trị là của cả Sở.");
    }
    if (to != null && !wrong.containsKey("donVi")) {
      Optional<Indicator> indicator = registers.forUnit(unit, to.getYear())
          .flatMap(r -> r.indicators().stream().filter(i -> i.code().equals(code)).findFirst());
      if (indicator.isEmpty()) {
        wrong.put("ma", "Chỉ tiêu '" + code + "' không có trong tệp chỉ tiêu áp dụng cho năm " + to.getYear() + ".");
      } else if (indicator.get().source() != Indicator.Source.MANUAL) {
        wrong.put("ma", "Chỉ tiêu '" + code + "' không nhập tay (nguồn: " + indicator.get().source().label() + ").");
      }
    }
    String reason = text(fields, "lyDo");
    Optional<Entry> standing = wrong.isEmpty() ? current(code, unit, from, to) : Optional.empty();
    if (standing.isPresent() && (reason == null || reason.length() > MAX_REASON)) {
      wrong.put("lyDo", "Đã có giá trị " + standing.get().value().toPlainString() + " cho chỉ tiêu, đơn vị và kỳ này:"
          + " nhập lại là đính chính, cần lý do (lyDo, tối đa " + MAX_REASON + " ký tự).");
    }
    if (!wrong.isEmpty()) {
      throw new Refused(wrong);
    }
    Entry entry = new Entry(code, unit, from, to, standing.map(e -> e.version() + 1).orElse(1), value,
        standing.isPresent() ? reason : null, userId, now);
    try {
      jdbc.update("insert into kstthc_indicator_entry (id, indicator_code, unit_key, period_from, period_to, version,"
              + " entry_value, correction_reason, entered_by, entered_at) values (?,?,?,?,?,?,?,?,?,?)",
          UUID.randomUUID().toString(), code, key(unit), Date.valueOf(from), Date.valueOf(to), entry.version(), value,
          entry.correctionReason(), userId, Timestamp.from(now));
    } catch (DuplicateKeyException e) {
      throw new Refused(Map.of("giaTri", "Người khác vừa nhập giá trị cho chỉ tiêu, đơn vị và kỳ này: hãy xem lại rồi"
          + " nhập đính chính kèm lý do nếu cần."));
    }
    return entry;
  }

  /** The value standing for exactly this period: its highest version. */
  Optional<Entry> current(String code, String unit, LocalDate from, LocalDate to) {
    return jdbc.query("select * from kstthc_indicator_entry where indicator_code = ? and unit_key = ?"
            + " and period_from = ? and period_to = ? order by version desc", this::map,
        code, key(unit), Date.valueOf(from), Date.valueOf(to)).stream().findFirst();
  }

  /**
   * The value shown for a period asked: that of the latest period given that ends within it
   * (quarter by quarter, the latest quarter), its highest version; none when nothing was given.
   */
  public Optional<Entry> latestWithin(String code, String unit, LocalDate from, LocalDate to) {
    return jdbc.query("select * from kstthc_indicator_entry where indicator_code = ? and unit_key = ?"
            + " and period_to between ? and ? order by period_to desc, period_from desc, version desc", this::map,
        code, key(unit), Date.valueOf(from), Date.valueOf(to)).stream().findFirst();
  }

  /** Every value given for an indicator and a unit (null: the whole Sở), corrections included, oldest first. */
  public List<Entry> history(String code, String unit) {
    return jdbc.query("select * from kstthc_indicator_entry where indicator_code = ? and unit_key = ?"
        + " order by period_to, period_from, version", this::map, code, key(unit));
  }

  private static String key(String unit) {
    return unit == null ? WHOLE : unit;
  }

  private Entry map(ResultSet rs, int row) throws SQLException {
    String unit = rs.getString("unit_key");
    return new Entry(rs.getString("indicator_code"), WHOLE.equals(unit) ? null : unit,
        rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(), rs.getInt("version"),
        rs.getBigDecimal("entry_value"), rs.getString("correction_reason"), rs.getString("entered_by"),
        rs.getTimestamp("entered_at").toInstant());
  }

  private static String text(Map<String, ?> fields, String name) {
    Object value = fields == null ? null : fields.get(name);
    String text = value == null ? "" : Normalizer.normalize(value.toString().strip(), Normalizer.Form.NFC);
    return text.isEmpty() ? null : text;
  }

  private static LocalDate day(Map<String, ?> fields, String name, String label, Map<String, String> wrong) {
    String text = text(fields, name);
    try {
      if (text != null) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    wrong.put(name, label + " (" + name + ") phải viết dạng năm-tháng-ngày, ví dụ 2026-03-31.");
    return null;
  }

  /** A percent from 0 to 100, at most two decimals; a decimal comma is read as a point. */
  private static BigDecimal value(String text, Map<String, String> wrong) {
    try {
      if (text != null) {
        BigDecimal value = new BigDecimal(text.replace(',', '.'));
        if (value.signum() >= 0 && value.compareTo(MAX_VALUE) <= 0 && value.stripTrailingZeros().scale() <= 2) {
          return value.setScale(2);
        }
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    wrong.put("giaTri", "Giá trị (giaTri) phải là một số phần trăm từ 0 đến 100, tối đa hai chữ số thập phân, ví dụ 92,5.");
    return null;
  }
}
