package vn.kstthc.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a CSV text as Excel and the provincial systems write it (RFC 4180): a comma or, when
 * the first line has more of them, a semicolon (Excel with Vietnamese regional settings) between
 * cells; quoted cells may hold separators, doubled quotes and line breaks; a byte-order mark and
 * Windows line ends are ignored. Shared by the catalogue import and the one-stop dossier import.
 */
public final class CsvTable {

  private CsvTable() {}

  /** The rows of {@code text}, each a list of its cells as written (not trimmed). */
  public static List<List<String>> parse(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().findFirst().orElse("");
    char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  private static long count(String text, char c) {
    return text.chars().filter(x -> x == c).count();
  }
}
