package vn.kstthc.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The late list's PDF read back with PDFBox: the workbook's cells, Vietnamese as typed. */
class LateListPdfTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theLateCasesThenTheUnitsRatesOnAPageOfTheirOwn() throws Exception {
    JsonNode late = JSON.createObjectNode().put("tenDonVi", "Phòng Quản lý khoa học").put("tenCanBo", "Lê Thị Giang")
        .put("quyTrinh", "Cấp giấy phép").put("hoSo", "GV-1").put("buoc", "Thẩm định hồ sơ")
        .put("hanXuLy", "03/10/2025").put("hoanThanh", "07/10/2025").put("soNgayTre", 2)
        .put("nguyenNhan", "Hồ sơ phức tạp").put("giaiTrinh", "Chờ ý kiến của Sở Tài chính");
    JsonNode unit = JSON.createObjectNode().put("tenDonVi", "Phòng Quản lý khoa học").put("soViec", 20)
        .put("soTreHan", 2).put("tyLeDungHan", 90.0).put("duoi95", "Dưới 95%");

    byte[] pdf = LateListPdf.write("Danh sách trễ hạn tháng 09/2025", List.of(late), List.of(unit));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setEndPage(1);
      String cases = stripper.getText(document);
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      String rates = stripper.getText(document);
      assertThat(cases + rates).isEqualTo(Normalizer.normalize(cases + rates, Normalizer.Form.NFC));
      assertThat(cases).contains("Danh sách trễ hạn tháng 09/2025", LateListWorkbook.SHEET_CASES, "Quy trình", "Nguyên nhân",
          "Lê Thị Giang", "Thẩm định hồ sơ", "03/10/2025 07/10/2025 2", "Hồ sơ phức tạp", "Chờ ý kiến của Sở Tài");
      assertThat(rates).contains(LateListWorkbook.SHEET_UNITS, "Tỷ lệ đúng hạn (%)",
          "1 Phòng Quản lý khoa học 20 2 90,0 Dưới 95%");
    }
  }

  @Test
  void aMonthWithoutLateCasesSaysSo() throws Exception {
    byte[] pdf = LateListPdf.write("Danh sách trễ hạn tháng 10/2025", List.of(), List.of());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Không có trường hợp trễ hạn.");
    }
  }
}
