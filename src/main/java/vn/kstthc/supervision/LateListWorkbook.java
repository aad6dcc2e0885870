package vn.kstthc.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The published monthly late list as XLSX: one sheet of late cases (unit, officer, case, step,
 * due, done, working days late, cause and explanation, or "Không có giải trình"), one of the
 * units' on-time rates with the 95% flag. Officers appear by name and unit only (seed 004 wants
 * the list public).
 */
final class LateListWorkbook {

  static final String SHEET_CASES = "Trường hợp trễ hạn";
  static final String SHEET_UNITS = "Tỷ lệ đúng hạn";
  static final String[] CASE_COLUMNS = {
    "STT", "Đơn vị", "Cán bộ, công chức", "Quy trình", "Hồ sơ", "Bước", "Hạn xử lý", "Hoàn thành",
    "Số ngày làm việc trễ", "Nguyên nhân", "Nội dung giải trình"
  };
  static final String[] UNIT_COLUMNS = {"STT", "Đơn vị", "Số việc có hạn", "Số việc trễ hạn", "Tỷ lệ đúng hạn (%)", "Ghi chú"};

  private LateListWorkbook() {}

  static byte[] write(String title, List<JsonNode> cases, List<JsonNode> units) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet sheet = workbook.createSheet(SHEET_CASES);
      heading(sheet, title, CASE_COLUMNS, bold);
      int n = 0;
      for (JsonNode c : cases) {
        row(sheet, ++n, caseCells(c));
      }
      Sheet rates = workbook.createSheet(SHEET_UNITS);
      heading(rates, title, UNIT_COLUMNS, bold);
      n = 0;
      for (JsonNode u : units) {
        row(rates, ++n, unitCells(u));
      }
      for (int i = 0; i < CASE_COLUMNS.length; i++) {
        sheet.setColumnWidth(i, 20 * 256);
      }
      rates.setColumnWidth(1, 40 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A late case's cells after "STT", as {@link #CASE_COLUMNS} name them: text, or a number. */
  static List<Object> caseCells(JsonNode c) {
    return List.of(c.path("tenDonVi").asText(), c.path("tenCanBo").asText(), c.path("quyTrinh").asText(),
        c.path("hoSo").asText(), c.path("buoc").asText(), c.path("hanXuLy").asText(), c.path("hoanThanh").asText(),
        c.path("soNgayTre").asInt(), c.path("nguyenNhan").asText(), c.path("giaiTrinh").asText());
  }

  /** A unit's cells after "STT", as {@link #UNIT_COLUMNS} name them. */
  static List<Object> unitCells(JsonNode u) {
    return List.of(u.path("tenDonVi").asText(), u.path("soViec").asInt(), u.path("soTreHan").asInt(),
        u.path("tyLeDungHan").asDouble(), u.path("duoi95").asText());
  }

  private static void row(Sheet sheet, int n, List<Object> cells) {
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    row.createCell(0).setCellValue(n);
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i) instanceof Number number) {
        row.createCell(i + 1).setCellValue(number.doubleValue());
      } else {
        row.createCell(i + 1).setCellValue((String) cells.get(i));
      }
    }
  }

  private static void heading(Sheet sheet, String title, String[] columns, CellStyle bold) {
    sheet.createRow(0).createCell(0).setCellValue(title);
    sheet.getRow(0).getCell(0).setCellStyle(bold);
    Row header = sheet.createRow(1);
    for (int i = 0; i < columns.length; i++) {
      header.createCell(i).setCellValue(columns[i]);
      header.getCell(i).setCellStyle(bold);
    }
  }
}
