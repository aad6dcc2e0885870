package vn.kstthc.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The CSV side of the import, without the application: quoting, delimiters, rows, NFC, defaults. */
class CatalogueFileTest {

  static final String HEADER = "Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Đơn vị chủ trì,Thời hạn giải quyết,Đơn vị thời hạn\n";

  @Test
  void commaCsvWithoutBomQuotedLineBreaksAndEmptyRows() {
    String csv = HEADER
        + "1.000001,\"Thu\u0309 tục \"\"có ngoặc\"\"\nhai dòng\",Bưu chính,xã,phong-bcvt-cds,2,giờ làm việc\r\n"
        + ",,,,,,\n\n";
    List<CatalogueFile.Line> lines = CatalogueFile.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(lines).singleElement().extracting(CatalogueFile.Line::row).isEqualTo(2);

    Tthc tthc = CatalogueRows.parse(lines, Set.of()).get(0);
    assertThat(tthc.name()).isEqualTo("Thủ tục \"có ngoặc\"\nhai dòng");
    assertThat(tthc.resolutionUnit()).isEqualTo(ResolutionUnit.GIO_LAM_VIEC);
    assertThat(tthc.kind()).isEqualTo(TthcKind.HANH_CHINH);
    assertThat(tthc.state()).isEqualTo(TthcState.CON_HIEU_LUC);
    assertThat(tthc.oneStop()).isFalse();
  }

  @Test
  void aFileWithoutTheCodeColumnIsNotACatalogue() {
    assertThatThrownBy(() -> CatalogueFile.read("a.csv", "Tên;Lĩnh vực\nx;y\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("Không thấy cột 'Mã TTHC' ở dòng 1 (tệp a.csv)");
  }

  @Test
  void anAbolishedProcedureNeedsItsDate() {
    String csv = "Mã TTHC;Tên TTHC;Lĩnh vực;Cấp thực hiện;Đơn vị chủ trì;Tình trạng;Bãi bỏ từ\n"
        + "1.000002;Thủ tục cũ;Bưu chính;tỉnh;phong-bcvt-cds;đã bãi bỏ;\n"
        + "1.000003;Thủ tục cũ khác;Bưu chính;tỉnh;phong-bcvt-cds;Đã bãi bỏ;31/02/2025\n";
    assertThatThrownBy(() -> CatalogueRows.parse(CatalogueFile.read("b.csv", csv.getBytes(StandardCharsets.UTF_8)), Set.of()))
        .isInstanceOfSatisfying(CatalogueException.class, e -> assertThat(e.problems()).extracting(Object::toString)
            .containsExactly(
                "Dòng 2, cột 'Bãi bỏ từ': phải ghi ngày bãi bỏ cho TTHC đã bãi bỏ.",
                "Dòng 3, cột 'Bãi bỏ từ': '31/02/2025' không phải ngày hợp lệ (dạng dd/MM/yyyy, ví dụ 15/01/2025)."));
  }
}
