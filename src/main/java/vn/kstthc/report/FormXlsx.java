package vn.kstthc.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kstthc.catalogue.TthcLevel;

/**
 * A filled form as XLSX in the circular's layout: the form's code, title, period and unit on top,
 * the unit of measure, the column headings on as many rows as the deepest heading (a shorter one
 * spans down, equal headings of neighbours span across), the column numbers (1)...(n), a section
 * per level, a row per field and the total. Plain POI: it opens in Excel and LibreOffice.
 */
public final class FormXlsx {

  /** First row of the headings (0-based): rows 0-3 hold code, title, period, unit of measure. */
  static final int HEADINGS_ROW = 5;

  private FormXlsx() {}

  public static byte[] write(FormTemplate template, FormReport report, String unitName) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(template.id());
      CellStyle bold = style(workbook, true, false, HorizontalAlignment.CENTER);
      CellStyle heading = style(workbook, true, true, HorizontalAlignment.CENTER);
      CellStyle text = style(workbook, false, true, HorizontalAlignment.LEFT);
      CellStyle section = style(workbook, true, true, HorizontalAlignment.LEFT);
      CellStyle number = style(workbook, false, true, HorizontalAlignment.RIGHT);
      CellStyle totalNumber = style(workbook, true, true, HorizontalAlignment.RIGHT);
      int width = 2 + template.columns().size();

      text(sheet, 0, 0, template.code(), bold);
      text(sheet, 0, 2, template.title(), bold);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, width - 1));
      text(sheet, 1, 2, "(Kỳ báo cáo: " + report.period().label() + ")", bold);
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, width - 1));
      text(sheet, 2, 2, "Đơn vị báo cáo: " + unitName, bold);
      sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, width - 1));
      text(sheet, 3, width - 1, template.unitOfMeasure(), null);

      int bottom = HEADINGS_ROW + template.headingDepth() - 1;
      for (FormTemplate.Heading h : template.headings()) {
        headed(sheet, HEADINGS_ROW + h.row(), HEADINGS_ROW + h.lastRow(), h.column(), h.lastColumn(), h.text(), heading);
      }
      Row numbers = sheet.createRow(bottom + 1);
      for (int c = 0; c < width; c++) {
        numbers.createCell(c).setCellValue("(" + (c + 1) + ")");
        numbers.getCell(c).setCellStyle(heading);
      }

      int r = bottom + 2;
      int stt = 0;
      TthcLevel current = null;
      for (FormReport.Row row : report.rows()) {
        if (row.level() != current) {
          current = row.level();
          headed(sheet, r, r, 0, width - 1, "Cấp " + current.label(), section);
          r++;
        }
        Row line = sheet.createRow(r++);
        line.createCell(0).setCellValue(++stt);
        line.getCell(0).setCellStyle(number);
        line.createCell(1).setCellValue(row.field());
        line.getCell(1).setCellStyle(text);
        figures(line, template, row, number);
      }
      Row total = sheet.createRow(r);
      total.createCell(0).setCellStyle(section);
      total.createCell(1).setCellValue("Tổng số");
      total.getCell(1).setCellStyle(section);
      figures(total, template, report.total(), totalNumber);

      sheet.setColumnWidth(0, 6 * 256);
      sheet.setColumnWidth(1, 40 * 256);
      for (int c = 2; c < width; c++) {
        sheet.setColumnWidth(c, 13 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void figures(Row line, FormTemplate template, FormReport.Row row, CellStyle style) {
    for (int c = 0; c < template.columns().size(); c++) {
      line.createCell(2 + c).setCellValue(row.cell(template.columns().get(c).key()));
      line.getCell(2 + c).setCellStyle(style);
    }
  }

  /** A heading cell, merged over rows first..last and columns from..to, each cell framed. */
  private static void headed(Sheet sheet, int first, int last, int from, int to, String value, CellStyle style) {
    for (int r = first; r <= last; r++) {
      Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
      for (int c = from; c <= to; c++) {
        row.createCell(c).setCellStyle(style);
      }
    }
    sheet.getRow(first).getCell(from).setCellValue(value);
    if (first != last || from != to) {
      sheet.addMergedRegion(new CellRangeAddress(first, last, from, to));
    }
  }

  private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    row.createCell(c).setCellValue(value);
    if (style != null) {
      row.getCell(c).setCellStyle(style);
    }
  }

  private static CellStyle style(XSSFWorkbook workbook, boolean bold, boolean framed, HorizontalAlignment align) {
    CellStyle style = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setFontName("Times New Roman");
    font.setBold(bold);
    style.setFont(font);
    style.setAlignment(align);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setWrapText(true);
    if (framed) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    return style;
  }
}
