package vn.kstthc.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.kstthc.catalogue.TthcLevel;
import vn.kstthc.platform.CsvTable;

/**
 * The one-stop system's dossier list as CSV (UTF-8, comma or semicolon) or XLSX (first sheet): a
 * header row naming the columns below (in any order, case and spacing ignored), then one dossier
 * per row. Columns: Mã hồ sơ, Mã TTHC, Tên TTHC, Lĩnh vực, Cấp thực hiện (tỉnh / xã), Hình thức nộp
 * (trực tuyến / trực tiếp / bưu chính), Ngày tiếp nhận, Hạn trả kết quả, Ngày kết thúc, Tình trạng
 * (đang giải quyết / tạm dừng / chờ bổ sung / đã giải quyết / trả lại / rút hồ sơ). Dates are
 * dd/MM/yyyy, yyyy-MM-dd or date cells.
 */
@Component
public class OneStopExportReader implements DossierExportReader {

  static final String CASE_NUMBER = "mã hồ sơ";
  static final String TTHC_CODE = "mã tthc";
  static final String TTHC_NAME = "tên tthc";
  static final String FIELD = "lĩnh vực";
  static final String LEVEL = "cấp thực hiện";
  static final String CHANNEL = "hình thức nộp";
  static final String RECEIVED = "ngày tiếp nhận";
  static final String DUE = "hạn trả kết quả";
  static final String FINISHED = "ngày kết thúc";
  static final String STATE = "tình trạng";
  private static final List<String> REQUIRED = List.of(CASE_NUMBER, FIELD, LEVEL, CHANNEL, RECEIVED, DUE, STATE);

  // strict: 31/02 is refused, not read as 28/02
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Map<String, TthcLevel> LEVELS = Map.of("tỉnh", TthcLevel.TINH, "cấp tỉnh", TthcLevel.TINH,
      "xã", TthcLevel.XA, "cấp xã", TthcLevel.XA);
  private static final Map<String, DossierChannel> CHANNELS = Map.of("trực tuyến", DossierChannel.TRUC_TUYEN,
      "trực tiếp", DossierChannel.TRUC_TIEP, "bưu chính", DossierChannel.BUU_CHINH,
      "dịch vụ bưu chính", DossierChannel.BUU_CHINH, "bưu chính công ích", DossierChannel.BUU_CHINH);
  private static final Map<String, DossierState> STATES = Map.of("đang giải quyết", DossierState.DANG_GIAI_QUYET,
      "tạm dừng", DossierState.TAM_DUNG, "chờ bổ sung", DossierState.CHO_BO_SUNG,
      "đã giải quyết", DossierState.DA_GIAI_QUYET, "trả lại", DossierState.TRA_LAI, "rút hồ sơ", DossierState.RUT);

  @Override
  public List<DossierRecord> read(String fileName, InputStream in, String unitId) {
    List<List<String>> table;
    try {
      table = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(in) : csv(in);
    } catch (IOException | RuntimeException e) {
      throw new DossierImportException("Không đọc được tệp '" + fileName + "': cần tệp CSV (UTF-8) hoặc XLSX.",
          List.of());
    }
    if (table.isEmpty()) {
      throw new DossierImportException("Tệp '" + fileName + "' không có dòng tiêu đề.", List.of());
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> header = table.get(0);
    for (int i = 0; i < header.size(); i++) {
      columns.put(normal(header.get(i)), i);
    }
    List<String> missing = REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
    if (!missing.isEmpty()) {
      throw new DossierImportException("Tệp thiếu cột: " + String.join(", ", missing) + ".", List.of());
    }
    List<DossierRecord> dossiers = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r = 1; r < table.size(); r++) {
      List<String> cells = table.get(r);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      Line line = new Line(r + 1, cells, columns);
      DossierRecord dossier = line.dossier(unitId);
      if (line.problems.isEmpty() && !seen.add(dossier.caseNumber())) {
        line.problems.add("mã hồ sơ '" + dossier.caseNumber() + "' đã có ở một dòng trước");
      }
      if (line.problems.isEmpty()) {
        dossiers.add(dossier);
      } else {
        problems.add("Dòng " + line.number + ": " + String.join("; ", line.problems) + ".");
      }
    }
    if (!problems.isEmpty()) {
      throw new DossierImportException(
          "Tệp có " + problems.size() + " dòng sai; chưa lưu hồ sơ nào, hãy sửa rồi gửi lại.", problems);
    }
    return dossiers;
  }

  /** One row being read; its problems in Vietnamese. */
  private static final class Line {
    final int number;
    final List<String> cells;
    final Map<String, Integer> columns;
    final List<String> problems = new ArrayList<>();

    Line(int number, List<String> cells, Map<String, Integer> columns) {
      this.number = number;
      this.cells = cells;
      this.columns = columns;
    }

    DossierRecord dossier(String unitId) {
      String caseNumber = text(CASE_NUMBER, true);
      String field = text(FIELD, true);
      TthcLevel level = choice(LEVEL, LEVELS);
      DossierChannel channel = choice(CHANNEL, CHANNELS);
      LocalDate received = date(RECEIVED, true);
      LocalDate due = date(DUE, true);
      LocalDate finished = date(FINISHED, false);
      DossierState state = choice(STATE, STATES);
      if (state != null && state.finished() && finished == null && problems.isEmpty()) {
        problems.add("hồ sơ '" + state.label().toLowerCase(Locale.ROOT) + "' phải có ngày kết thúc");
      }
      if (state != null && !state.finished() && finished != null) {
        problems.add("hồ sơ '" + state.label().toLowerCase(Locale.ROOT) + "' không có ngày kết thúc");
      }
      if (received != null && finished != null && finished.isBefore(received)) {
        problems.add("ngày kết thúc trước ngày tiếp nhận");
      }
      if (received != null && due != null && due.isBefore(received)) {
        problems.add("hạn trả kết quả trước ngày tiếp nhận");
      }
      return new DossierRecord(unitId, caseNumber, text(TTHC_CODE, false), text(TTHC_NAME, false), field, level,
          channel, received, due, finished, state);
    }

    String text(String column, boolean required) {
      Integer index = columns.get(column);
      String value = index == null || index >= cells.size() ? "" : Normalizer.normalize(cells.get(index).strip(), Normalizer.Form.NFC);
      if (value.isEmpty()) {
        if (required) {
          problems.add("thiếu '" + column + "'");
        }
        return null;
      }
      return value;
    }

    <T> T choice(String column, Map<String, T> values) {
      String value = text(column, true);
      if (value == null) {
        return null;
      }
      T chosen = values.get(normal(value));
      if (chosen == null) {
        problems.add("'" + column + "' không hợp lệ: '" + value + "'");
      }
      return chosen;
    }

    LocalDate date(String column, boolean required) {
      String value = text(column, required);
      if (value == null) {
        return null;
      }
      try {
        return value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR) : LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        problems.add("'" + column + "' không phải ngày (dd/MM/yyyy): '" + value + "'");
        return null;
      }
    }
  }

  /**
   * One dossier entered by hand, its fields named as the export's columns ({@code "Mã hồ sơ"},
   * {@code "Ngày tiếp nhận"}...), checked as a row of a file.
   */
  static DossierRecord entered(Map<String, String> fields, String unitId) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> cells = new ArrayList<>();
    fields.forEach((column, value) -> {
      columns.put(normal(column), cells.size());
      cells.add(value == null ? "" : value);
    });
    List<String> missing = REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
    if (!missing.isEmpty()) {
      throw new DossierImportException("Thiếu thông tin: " + String.join(", ", missing) + ".", List.of());
    }
    Line line = new Line(1, cells, columns);
    DossierRecord dossier = line.dossier(unitId);
    if (!line.problems.isEmpty()) {
      throw new DossierImportException("Hồ sơ chưa được lưu: " + String.join("; ", line.problems) + ".", line.problems);
    }
    return dossier;
  }

  static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static List<List<String>> xlsx(InputStream in) throws IOException {
    List<List<String>> table = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (Workbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          if (cell == null) {
            cells.add("");
          } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
          } else {
            cells.add(formatter.formatCellValue(cell));
          }
        }
        while (table.size() < row.getRowNum()) {
          table.add(List.of());
        }
        table.add(cells);
      }
    }
    return table;
  }

  static List<List<String>> csv(InputStream in) throws IOException {
    return CsvTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
  }
}
