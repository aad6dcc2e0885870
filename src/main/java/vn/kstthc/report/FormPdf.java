package vn.kstthc.report;

import java.util.List;
import vn.kstthc.catalogue.TthcLevel;
import vn.kstthc.platform.PrintedPdf;
import vn.kstthc.platform.PrintedPdf.Cell;
import vn.kstthc.platform.PrintedPdf.Line;

/**
 * A filled form as a printable PDF, the layout of its XLSX ({@link FormXlsx}) on an A4 landscape
 * page: code, title, period, unit and unit of measure on top, the headings ({@link
 * FormTemplate#headings()}) and column numbers repeated on every page, a section per level, a row
 * per field, the total, then the notes (who signed and when, or that it is not signed).
 */
final class FormPdf {

  private FormPdf() {}

  static byte[] write(FormTemplate template, FormReport report, String unitName, List<String> notes) {
    int width = 2 + template.columns().size();
    float[] widths = new float[width];
    widths[0] = 3;
    widths[1] = 16;
    for (int c = 2; c < width; c++) {
      widths[c] = 6;
    }
    PrintedPdf.Table table = new PrintedPdf.Table(template.headingDepth() + 1, widths);
    for (FormTemplate.Heading h : template.headings()) {
      table.cell(h.text(), Cell.HEADING, h.lastColumn() - h.column() + 1, h.lastRow() - h.row() + 1);
    }
    for (int c = 0; c < width; c++) {
      table.cell("(" + (c + 1) + ")", Cell.HEADING);
    }
    int stt = 0;
    TthcLevel current = null;
    for (FormReport.Row row : report.rows()) {
      if (row.level() != current) {
        current = row.level();
        table.cell("Cấp " + current.label(), Cell.SECTION, width, 1);
      }
      table.cell(++stt, Cell.NUMBER).cell(row.field(), Cell.TEXT);
      figures(table, template, row, Cell.NUMBER);
    }
    table.cell("", Cell.SECTION).cell("Tổng số", Cell.SECTION);
    figures(table, template, report.total(), Cell.TOTAL);

    return PrintedPdf.write(pdf -> {
      pdf.line(template.code(), Line.LEFT)
          .line(template.title(), Line.TITLE)
          .line("(Kỳ báo cáo: " + report.period().label() + ")", Line.CENTERED)
          .line("Đơn vị báo cáo: " + unitName, Line.CENTERED)
          .line(template.unitOfMeasure(), Line.RIGHT)
          .table(table);
      notes.forEach(note -> pdf.line(note, Line.LEFT));
    });
  }

  private static void figures(PrintedPdf.Table table, FormTemplate template, FormReport.Row row, Cell style) {
    template.columns().forEach(column -> table.cell(row.cell(column.key()), style));
  }
}
