package vn.kstthc.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.kstthc.platform.PrintedPdf;
import vn.kstthc.platform.PrintedPdf.Cell;
import vn.kstthc.platform.PrintedPdf.Line;

/**
 * The published monthly late list as a printable PDF, twin of {@link LateListWorkbook} (same
 * inputs, same cells): the late cases, then on a page of its own the units' on-time rates.
 */
final class LateListPdf {

  private static final float[] CASE_WIDTHS = {2.5f, 9, 9, 9, 8, 9, 6, 6, 5, 9, 16};
  private static final float[] UNIT_WIDTHS = {3, 30, 10, 10, 10, 10};

  private LateListPdf() {}

  static byte[] write(String title, List<JsonNode> cases, List<JsonNode> units) {
    PrintedPdf.Table late = table(LateListWorkbook.CASE_COLUMNS, CASE_WIDTHS);
    int n = 0;
    for (JsonNode c : cases) {
      row(late, ++n, LateListWorkbook.caseCells(c));
    }
    if (cases.isEmpty()) {
      late.cell("Không có trường hợp trễ hạn.", Cell.TEXT, CASE_WIDTHS.length, 1);
    }
    PrintedPdf.Table rates = table(LateListWorkbook.UNIT_COLUMNS, UNIT_WIDTHS);
    n = 0;
    for (JsonNode u : units) {
      row(rates, ++n, LateListWorkbook.unitCells(u));
    }
    return PrintedPdf.write(pdf -> pdf
        .line(title, Line.TITLE).line(LateListWorkbook.SHEET_CASES, Line.LEFT).table(late)
        .newPage()
        .line(title, Line.TITLE).line(LateListWorkbook.SHEET_UNITS, Line.LEFT).table(rates));
  }

  private static PrintedPdf.Table table(String[] columns, float[] widths) {
    PrintedPdf.Table table = new PrintedPdf.Table(1, widths);
    for (String column : columns) {
      table.cell(column, Cell.HEADING);
    }
    return table;
  }

  private static void row(PrintedPdf.Table table, int n, List<Object> cells) {
    table.cell(n, Cell.NUMBER);
    for (Object cell : cells) {
      if (cell instanceof Double percent) {
        // the rate is rounded to a tenth; a decimal comma, as Vietnamese writes it
        table.cell(String.valueOf(percent).replace('.', ','), Cell.NUMBER);
      } else if (cell instanceof Number number) {
        table.cell(number.longValue(), Cell.NUMBER);
      } else {
        table.cell((String) cell, Cell.TEXT);
      }
    }
  }
}
