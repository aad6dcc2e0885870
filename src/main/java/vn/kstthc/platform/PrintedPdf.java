package vn.kstthc.platform;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.RectangleReadOnly;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.function.Consumer;

/**
 * A printable A4 landscape PDF of lines and framed tables, for the forms and lists that are also
 * XLSX: the same layout on paper. Text is DejaVu Sans Condensed, embedded (fonts/, its licence
 * alongside): the PDF shows every Vietnamese diacritic on any reader, and text is written NFC, one
 * precomposed glyph per letter, so a copy or a search finds what was typed.
 */
public final class PrintedPdf {

  private static final float SIZE = 8.5f;
  private static final BaseFont REGULAR = font("fonts/DejaVuSansCondensed.ttf");
  private static final BaseFont BOLD = font("fonts/DejaVuSansCondensed-Bold.ttf");

  /** How a table cell looks: framed; headings and sections bold; numbers to the right. */
  public enum Cell {
    HEADING(true, Element.ALIGN_CENTER),
    TEXT(false, Element.ALIGN_LEFT),
    NUMBER(false, Element.ALIGN_RIGHT),
    SECTION(true, Element.ALIGN_LEFT),
    TOTAL(true, Element.ALIGN_RIGHT);

    private final boolean bold;
    private final int alignment;

    Cell(boolean bold, int alignment) {
      this.bold = bold;
      this.alignment = alignment;
    }
  }

  /** A line outside the tables. */
  public enum Line {
    TITLE(true, Element.ALIGN_CENTER),
    CENTERED(false, Element.ALIGN_CENTER),
    LEFT(false, Element.ALIGN_LEFT),
    RIGHT(false, Element.ALIGN_RIGHT);

    private final boolean bold;
    private final int alignment;

    Line(boolean bold, int alignment) {
      this.bold = bold;
      this.alignment = alignment;
    }
  }

  private final Document document;

  private PrintedPdf(Document document) {
    this.document = document;
  }

  /** The PDF whose content {@code pages} writes. */
  public static byte[] write(Consumer<PrintedPdf> pages) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // landscape by its size, not by a /Rotate: every printer and reader lays it out the same
    Document document = new Document(new RectangleReadOnly(PageSize.A4.getHeight(), PageSize.A4.getWidth()),
        28, 28, 28, 28);
    PdfWriter.getInstance(document, out);
    document.open();
    pages.accept(new PrintedPdf(document));
    document.close();
    return out.toByteArray();
  }

  public PrintedPdf line(String text, Line style) {
    Paragraph paragraph = new Paragraph(nfc(text), new Font(style.bold ? BOLD : REGULAR, style == Line.TITLE ? 11 : SIZE));
    paragraph.setAlignment(style.alignment);
    document.add(paragraph);
    return this;
  }

  public PrintedPdf table(Table table) {
    table.table.setSpacingBefore(6);
    document.add(table.table);
    return this;
  }

  public PrintedPdf newPage() {
    document.newPage();
    return this;
  }

  /**
   * A table across the page, cells added row by row ({@link PdfPTable}: a cell spanning down
   * takes its place in the rows below, the next cell goes to the next free place).
   */
  public static final class Table {

    private final PdfPTable table;

    /** Columns of these relative widths; the first {@code headerRows} rows repeat on every page. */
    public Table(int headerRows, float... widths) {
      table = new PdfPTable(widths);
      table.setWidthPercentage(100);
      table.setHeaderRows(headerRows);
    }

    public Table cell(String text, Cell style) {
      return cell(text, style, 1, 1);
    }

    public Table cell(long number, Cell style) {
      return cell(Long.toString(number), style, 1, 1);
    }

    public Table cell(String text, Cell style, int columns, int rows) {
      PdfPCell cell = new PdfPCell(new Phrase(nfc(text), new Font(style.bold ? BOLD : REGULAR, SIZE)));
      cell.setHorizontalAlignment(style.alignment);
      cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
      cell.setColspan(columns);
      cell.setRowspan(rows);
      cell.setPadding(3);
      table.addCell(cell);
      return this;
    }
  }

  private static String nfc(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static BaseFont font(String resource) {
    try (InputStream in = PrintedPdf.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing font " + resource);
      }
      // Identity-H: any Unicode letter; embedded (a subset of the glyphs used), cached across PDFs
      return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
