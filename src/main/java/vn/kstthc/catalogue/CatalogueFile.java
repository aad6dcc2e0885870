package vn.kstthc.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.kstthc.platform.CsvTable;

/**
 * The rows of a catalogue file as text, keyed by header, NFC: CSV (UTF-8 with or without BOM,
 * comma or semicolon, RFC 4180 quotes) or XLSX (first sheet). Row numbers are the ones the
 * officer sees in the spreadsheet (the header is row 1).
 */
final class CatalogueFile {

  record Line(int row, Map<String, String> cells) {}

  private CatalogueFile() {}

  static List<Line> read(String fileName, byte[] content) {
    boolean zip = content.length > 1 && content[0] == 'P' && content[1] == 'K';
    List<List<String>> rows = zip ? xlsx(content) : csv(content);
    if (rows.isEmpty()) {
      throw refused("Tệp trống: dòng 1 phải là tiêu đề các cột (" + CatalogueColumn.CODE.header() + ", ...).");
    }
    List<String> headers = rows.get(0).stream().map(CatalogueFile::nfc).toList();
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> values = rows.get(i);
      if (values.stream().allMatch(String::isBlank)) {
        continue; // spreadsheets end with empty rows
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < headers.size(); c++) {
        cells.put(headers.get(c), c < values.size() ? nfc(values.get(c)) : "");
      }
      lines.add(new Line(i + 1, cells));
    }
    if (!headers.contains(CatalogueColumn.CODE.header())) {
      throw refused("Không thấy cột '" + CatalogueColumn.CODE.header() + "' ở dòng 1 (tệp " + fileName
          + "): tệp phải là CSV UTF-8 (dấu phẩy hoặc chấm phẩy) hoặc XLSX theo mẫu.");
    }
    return lines;
  }

  private static List<List<String>> csv(byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw refused("Tệp CSV không phải UTF-8: hãy lưu lại với bảng mã UTF-8 (\"CSV UTF-8\" trong Excel).");
    }
    return CsvTable.parse(text);
  }

  private static List<List<String>> xlsx(byte[] content) {
    DataFormatter formatter = new DataFormatter();
    DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> values = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            // a date cell: in our notation, whatever the sheet's display format
            values.add(cell.getLocalDateTimeCellValue().toLocalDate().format(dates));
          } else {
            values.add(cell == null ? "" : formatter.formatCellValue(cell));
          }
        }
        rows.add(values);
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw refused("Không đọc được tệp XLSX (tệp hỏng, có mật khẩu hoặc không phải XLSX).");
    }
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }

  private static CatalogueException refused(String message) {
    return new CatalogueException(message, List.of());
  }
}
