package vn.kstthc.lateness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class LateCausesTest {

  @Test
  void theShippedListOffersItsCausesWithVietnameseLabels() {
    LateCauses causes = LateCauses.read(new ClassPathResource("lateness/nguyen-nhan-tre-han.yaml"));
    assertThat(causes.offered()).extracting(LateCause::code).contains("cham-xu-ly", "cho-phoi-hop", "khac");
    assertThat(causes.requireOffered("cham-xu-ly").subjective()).isTrue();
    assertThat(causes.requireOffered("loi-he-thong").label()).isEqualTo(
        "Lỗi hệ thống thông tin, phần mềm một cửa điện tử hoặc đường truyền");
  }

  @Test
  void aRetiredCauseIsKnownButNoLongerOffered() {
    LateCauses causes = read("""
        causes:
          - {code: cu, label: Nguyên nhân cũ, kind: chu-quan, retired: true}
          - {code: moi, label: Nguyên nhân mới, kind: khach-quan}
        """);
    assertThat(causes.offered()).extracting(LateCause::code).containsExactly("moi");
    assertThat(causes.find("cu")).isPresent();
    assertThatThrownBy(() -> causes.requireOffered("cu"))
        .hasMessage("Nguyên nhân trễ hạn 'cu' không có trong danh mục nguyên nhân đang dùng.");
  }

  @Test
  void everyMistakeOfTheFileIsNamed() {
    assertThatThrownBy(() -> read("""
        causes:
          - {code: Sai Ma, label: A, kind: chu-quan}
          - {code: a, label: '', kind: khach-quan}
          - {code: a, label: B, kind: khac}
        """))
        .isInstanceOf(LatenessException.class)
        .hasMessageContaining("nguyên nhân thứ 1: mã 'Sai Ma'")
        .hasMessageContaining("nguyên nhân thứ 2: tên nguyên nhân (label) phải có")
        .hasMessageContaining("nguyên nhân thứ 3: mã 'a' bị trùng")
        .hasMessageContaining("nguyên nhân thứ 3: loại (kind) phải là chu-quan hoặc khach-quan");
    assertThatThrownBy(() -> read("nguyen-nhan: []")).hasMessageContaining("tệp phải có mục 'causes'");
  }

  static LateCauses read(String yaml) {
    return LateCauses.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "tệp thử"));
  }
}
