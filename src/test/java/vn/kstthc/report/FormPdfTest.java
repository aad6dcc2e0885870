package vn.kstthc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.kstthc.catalogue.TthcLevel;

/** Form II.05a's PDF read back with PDFBox: the XLSX's layout, Vietnamese text as typed, the figures. */
class FormPdfTest {

  static final FormTemplate II_05A = FormTemplates.fromClasspath(Set.of(
      "ii05a-nhan-tong", "ii05a-nhan-truc-tuyen", "ii05a-nhan-truc-tiep", "ii05a-nhan-ky-truoc",
      "ii05a-da-giai-quyet-tong", "ii05a-truoc-han", "ii05a-dung-han", "ii05a-qua-han", "ii05a-dang-giai-quyet-tong",
      "ii05a-trong-han", "ii05a-qua-han-dang-giai-quyet")).template("II.05a").orElseThrow();

  @Test
  void theCircularsLayoutOnAnA4LandscapePage() throws Exception {
    ReportPeriod q4 = new ReportPeriod("kstthc-quy", LocalDate.parse("2026-09-15"), LocalDate.parse("2026-12-14"),
        null, null);
    FormReport report = new FormReport("II.05a", 1, q4, List.of("phong-a"),
        List.of(row(TthcLevel.TINH, "Sở hữu trí tuệ", 9, 4, 4, 1, 4, 2, 1, 1, 3, 1, 2),
            row(TthcLevel.XA, "Khoa học", 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0)),
        row(null, null, 10, 5, 4, 1, 5, 3, 1, 1, 3, 1, 2), List.of());

    byte[] pdf = FormPdf.write(II_05A, report, "Phòng Quản lý khoa học", List.of("Đã ký bởi Nguyễn Văn An (vps.an)"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      assertThat(page.getMediaBox().getWidth()).as("landscape").isGreaterThan(page.getMediaBox().getHeight());
      assertThat(page.getMediaBox().getWidth()).as("A4, 297 mm").isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      List<String> lines = stripper.getText(document).lines().map(String::strip).toList();

      assertThat(lines).allSatisfy(line -> assertThat(line).isEqualTo(Normalizer.normalize(line, Normalizer.Form.NFC)));
      assertThat(lines).containsSubsequence(
          "Biểu số II.05a/VPCP/KSTT",
          "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
          "(Kỳ báo cáo: từ ngày 15/09/2026 đến ngày 14/12/2026)",
          "Đơn vị báo cáo: Phòng Quản lý khoa học",
          "Đơn vị tính: Số hồ sơ TTHC",
          "(1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13)",
          "Cấp tỉnh",
          "1 Sở hữu trí tuệ 9 4 4 1 4 2 1 1 3 1 2",
          "Cấp xã",
          "2 Khoa học 1 1 0 0 1 1 0 0 0 0 0",
          "Tổng số 10 5 4 1 5 3 1 1 3 1 2",
          "Đã ký bởi Nguyễn Văn An (vps.an)");
      String text = String.join(" ", lines);
      assertThat(text).contains("Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "Số lượng hồ sơ đang giải quyết",
          "Trực tuyến", "dịch vụ bưu chính", "Từ kỳ trước", "Trước hạn", "Đúng hạn", "Trong hạn",
          "Lĩnh vực, công việc giải quyết", "theo cấp");
    }
  }

  static FormReport.Row row(TthcLevel level, String field, long... figures) {
    Map<String, Long> cells = new LinkedHashMap<>();
    for (int i = 0; i < figures.length; i++) {
      cells.put(II_05A.columns().get(i).key(), figures[i]);
    }
    return new FormReport.Row(level, field, cells);
  }
}
