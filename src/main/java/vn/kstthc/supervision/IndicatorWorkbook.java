package vn.kstthc.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The indicators of a period as XLSX: one sheet of actual against target, one of the monthly trend. */
final class IndicatorWorkbook {

  static final String[] COLUMNS = {
    "Mã", "Chỉ tiêu", "Nguồn số liệu", "Cách tính", "Chỉ tiêu năm (%)", "Số hồ sơ được đánh giá", "Số hồ sơ đúng hạn",
    "Thực hiện (%)", "Đạt", "Căn cứ", "Ghi chú"
  };

  private IndicatorWorkbook() {}

  static byte[] write(IndicatorService.Figures figures) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Chỉ tiêu");
      sheet.createRow(0).createCell(0).setCellValue("Chỉ tiêu năm " + figures.register().year() + " - "
          + figures.register().name() + ", từ " + figures.from() + " đến " + figures.to()
          + (figures.unit() == null ? "" : ", đơn vị " + figures.unit()));
      header(sheet.createRow(1), COLUMNS);
      for (IndicatorService.Result result : figures.results()) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        Indicator indicator = result.indicator();
        row.createCell(0).setCellValue(indicator.code());
        row.createCell(1).setCellValue(indicator.name());
        row.createCell(2).setCellValue(indicator.source().label());
        row.createCell(3).setCellValue(indicator.formula());
        row.createCell(4).setCellValue(indicator.target());
        if (result.count() != null) {
          row.createCell(5).setCellValue(result.count().judged());
          row.createCell(6).setCellValue(result.count().onTime());
        }
        if (result.actual() != null) {
          row.createCell(7).setCellValue(result.actual());
        }
        row.createCell(8).setCellValue(result.met() == null ? "Chưa có số liệu" : result.met() ? "Đạt" : "Chưa đạt");
        row.createCell(9).setCellValue(indicator.basis());
        row.createCell(10).setCellValue(indicator.note() == null ? "" : indicator.note());
      }
      Sheet trend = workbook.createSheet("Theo tháng");
      List<String> months = figures.trends().isEmpty() ? List.of() : new ArrayList<>(figures.trends().get(0).months().keySet());
      List<String> columns = new ArrayList<>(List.of("Mã", "Chỉ tiêu"));
      months.forEach(m -> columns.add("Tháng " + m + " (%)"));
      header(trend.createRow(0), columns.toArray(String[]::new));
      for (IndicatorService.Trend t : figures.trends()) {
        Row row = trend.createRow(trend.getLastRowNum() + 1);
        row.createCell(0).setCellValue(t.indicator().code());
        row.createCell(1).setCellValue(t.indicator().name());
        int column = 2;
        for (Map.Entry<String, IndicatorService.Count> month : t.months().entrySet()) {
          Double actual = month.getValue().actual();
          if (actual != null) {
            row.createCell(column).setCellValue(actual);
          }
          column++;
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void header(Row row, String[] columns) {
    for (int i = 0; i < columns.length; i++) {
      row.createCell(i).setCellValue(columns[i]);
    }
  }
}
