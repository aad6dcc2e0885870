package vn.kstthc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.kstthc.catalogue.TthcLevel;

class OneStopExportReaderTest {

  private static final String HEADER =
      "Mã hồ sơ;Mã TTHC;Tên TTHC;Lĩnh vực;Cấp thực hiện;Hình thức nộp;Ngày tiếp nhận;Hạn trả kết quả;Ngày kết thúc;Tình trạng\n";

  private final OneStopExportReader reader = new OneStopExportReader();

  private List<DossierRecord> csv(String rows) {
    return reader.read("hoso.csv", new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)), "phong-a");
  }

  @Test
  void readsTheOneStopSystemsCsv() {
    List<DossierRecord> dossiers = csv("""
        000.00.12.H55-261001-0001;1.004567;"Cấp giấy phép; lần đầu";Sở hữu trí tuệ;Tỉnh;Trực tuyến;01/10/2026;09/10/2026;10/10/2026;Đã giải quyết
        000.00.12.H55-261001-0002;;;Sở hữu trí tuệ;Cấp xã;Dịch vụ bưu chính;2026-10-02;2026-10-12;;Chờ bổ sung
        """);

    assertThat(dossiers).containsExactly(
        new DossierRecord("phong-a", "000.00.12.H55-261001-0001", "1.004567", "Cấp giấy phép; lần đầu",
            "Sở hữu trí tuệ", TthcLevel.TINH, DossierChannel.TRUC_TUYEN, LocalDate.parse("2026-10-01"),
            LocalDate.parse("2026-10-09"), LocalDate.parse("2026-10-10"), DossierState.DA_GIAI_QUYET),
        new DossierRecord("phong-a", "000.00.12.H55-261001-0002", null, null, "Sở hữu trí tuệ", TthcLevel.XA,
            DossierChannel.BUU_CHINH, LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-12"), null,
            DossierState.CHO_BO_SUNG));
  }

  @Test
  void everyWrongRowIsToldByNumberInVietnameseAndNothingIsTaken() {
    DossierImportException refused = catchThrowableOfType(DossierImportException.class, () -> csv("""
        HS-1;;;Sở hữu trí tuệ;Tỉnh;Trực tuyến;01/10/2026;09/10/2026;;Đã giải quyết
        HS-2;;;Sở hữu trí tuệ;huyện;Fax;31/02/2026;09/10/2026;;Đang giải quyết
        HS-3;;;Sở hữu trí tuệ;Tỉnh;Trực tiếp;05/10/2026;09/10/2026;04/10/2026;Trả lại
        HS-4;;;Sở hữu trí tuệ;Tỉnh;Trực tiếp;05/10/2026;09/10/2026;;Đang giải quyết
        HS-4;;;Sở hữu trí tuệ;Tỉnh;Trực tiếp;05/10/2026;09/10/2026;;Đang giải quyết
        """));

    assertThat(refused.getMessage()).isEqualTo("Tệp có 4 dòng sai; chưa lưu hồ sơ nào, hãy sửa rồi gửi lại.");
    assertThat(refused.problems()).containsExactly(
        "Dòng 2: hồ sơ 'đã giải quyết' phải có ngày kết thúc.",
        "Dòng 3: 'cấp thực hiện' không hợp lệ: 'huyện'; 'hình thức nộp' không hợp lệ: 'Fax';"
            + " 'ngày tiếp nhận' không phải ngày (dd/MM/yyyy): '31/02/2026'.",
        "Dòng 4: ngày kết thúc trước ngày tiếp nhận.",
        "Dòng 6: mã hồ sơ 'HS-4' đã có ở một dòng trước.");
  }

  @Test
  void aMissingColumnIsNamed() {
    DossierImportException refused = catchThrowableOfType(DossierImportException.class, () -> reader.read("a.csv",
        new ByteArrayInputStream("Mã hồ sơ,Lĩnh vực\nHS-1,Đo lường\n".getBytes(StandardCharsets.UTF_8)), "phong-a"));

    assertThat(refused.getMessage())
        .isEqualTo("Tệp thiếu cột: cấp thực hiện, hình thức nộp, ngày tiếp nhận, hạn trả kết quả, tình trạng.");
  }

  @Test
  void readsAnXlsxExportWithDateCells() throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Hồ sơ");
      String[] header = HEADER.strip().split(";");
      Row top = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        top.createCell(i).setCellValue(header[i]);
      }
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("HS-9");
      row.createCell(3).setCellValue("Đo lường");
      row.createCell(4).setCellValue("Tỉnh");
      row.createCell(5).setCellValue("Trực tiếp");
      row.createCell(6).setCellValue(LocalDate.parse("2026-11-02"));
      row.getCell(6).setCellStyle(date);
      row.createCell(7).setCellValue("16/11/2026");
      row.createCell(9).setCellValue("Tạm dừng");
      workbook.write(file);
    }

    List<DossierRecord> dossiers = reader.read("Hoso.XLSX", new ByteArrayInputStream(file.toByteArray()), "phong-b");

    assertThat(dossiers).singleElement().satisfies(d -> {
      assertThat(d.receivedOn()).isEqualTo("2026-11-02");
      assertThat(d.dueOn()).isEqualTo("2026-11-16");
      assertThat(d.state()).isEqualTo(DossierState.TAM_DUNG);
      assertThat(d.unitId()).isEqualTo("phong-b");
    });
  }
}
