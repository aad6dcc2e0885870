package vn.kstthc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.kstthc.catalogue.TthcLevel;

/** Form II.05a's XLSX read back with POI, cell by cell. */
class FormXlsxTest {

  private static final FormTemplate II_05A = FormTemplates.fromClasspath(Set.of(
      "ii05a-nhan-tong", "ii05a-nhan-truc-tuyen", "ii05a-nhan-truc-tiep", "ii05a-nhan-ky-truoc",
      "ii05a-da-giai-quyet-tong", "ii05a-truoc-han", "ii05a-dung-han", "ii05a-qua-han", "ii05a-dang-giai-quyet-tong",
      "ii05a-trong-han", "ii05a-qua-han-dang-giai-quyet")).template("II.05a").orElseThrow();

  @Test
  void theCircularsLayoutCellByCell() throws Exception {
    ReportPeriod q4 = new ReportPeriod("kstthc-quy", LocalDate.parse("2026-09-15"), LocalDate.parse("2026-12-14"),
        null, null);
    FormReport report = new FormReport("II.05a", 1, q4, List.of("phong-a"),
        List.of(row(TthcLevel.TINH, "Sở hữu trí tuệ", 9, 4, 4, 1, 4, 2, 1, 1, 3, 1, 2),
            row(TthcLevel.TINH, "Tiêu chuẩn đo lường chất lượng", 1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0),
            row(TthcLevel.XA, "Khoa học", 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0)),
        row(null, null, 11, 5, 5, 1, 5, 3, 1, 1, 4, 2, 2), List.of());

    byte[] file = FormXlsx.write(II_05A, report, "Phòng A");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet sheet = workbook.getSheet("II.05a");
      List<List<String>> expected = List.of(
          List.of("Biểu số II.05a/VPCP/KSTT", "", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC"),
          List.of("", "", "(Kỳ báo cáo: từ ngày 15/09/2026 đến ngày 14/12/2026)"),
          List.of("", "", "Đơn vị báo cáo: Phòng A"),
          List.of("", "", "", "", "", "", "", "", "", "", "", "", "Đơn vị tính: Số hồ sơ TTHC"),
          List.of(),
          List.of("STT", "Lĩnh vực, công việc giải quyết theo cấp", "Số hồ sơ nhận giải quyết", "", "", "",
              "Số hồ sơ đã giải quyết", "", "", "", "Số lượng hồ sơ đang giải quyết", "", ""),
          List.of("", "", "Tổng số", "Trong đó", "", "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn",
              "Tổng số", "Trong hạn", "Quá hạn"),
          List.of("", "", "", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "", "", "", "", "", "", "", ""),
          List.of("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)"),
          List.of("Cấp tỉnh", "", "", "", "", "", "", "", "", "", "", "", ""),
          List.of("1", "Sở hữu trí tuệ", "9", "4", "4", "1", "4", "2", "1", "1", "3", "1", "2"),
          List.of("2", "Tiêu chuẩn đo lường chất lượng", "1", "0", "1", "0", "0", "0", "0", "0", "1", "1", "0"),
          List.of("Cấp xã", "", "", "", "", "", "", "", "", "", "", "", ""),
          List.of("3", "Khoa học", "1", "1", "0", "0", "1", "1", "0", "0", "0", "0", "0"),
          List.of("", "Tổng số", "11", "5", "5", "1", "5", "3", "1", "1", "4", "2", "2"));
      for (int r = 0; r < expected.size(); r++) {
        assertThat(cells(sheet, r, expected.get(r).size())).as("row %d", r + 1).isEqualTo(expected.get(r));
      }
      assertThat(sheet.getLastRowNum()).isEqualTo(expected.size() - 1);
      assertThat(sheet.getRow(10).getCell(2).getCellType()).as("figures are numbers").isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getMergedRegions()).contains(
          CellRangeAddress.valueOf("A6:A8"), CellRangeAddress.valueOf("B6:B8"), CellRangeAddress.valueOf("C6:F6"),
          CellRangeAddress.valueOf("G6:J6"), CellRangeAddress.valueOf("K6:M6"), CellRangeAddress.valueOf("C7:C8"),
          CellRangeAddress.valueOf("D7:E7"), CellRangeAddress.valueOf("F7:F8"), CellRangeAddress.valueOf("A10:M10"));
    }
  }

  private static List<String> cells(XSSFSheet sheet, int r, int width) {
    DataFormatter formatter = new DataFormatter();
    List<String> values = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      Cell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(c);
      values.add(cell == null ? "" : formatter.formatCellValue(cell));
    }
    return values;
  }

  private static FormReport.Row row(TthcLevel level, String field, long... figures) {
    Map<String, Long> cells = new LinkedHashMap<>();
    for (int i = 0; i < figures.length; i++) {
      cells.put(II_05A.columns().get(i).key(), figures[i]);
    }
    return new FormReport.Row(level, field, cells);
  }
}
