package vn.kstthc.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class IndicatorRegistersTest {

  static final IndicatorRegister SO = IndicatorRegisters.read(new ClassPathResource("supervision/chi-tieu/so-khcn-2025.yaml"));
  static final IndicatorRegister XA = IndicatorRegisters.read(new ClassPathResource("supervision/chi-tieu/xa-dak-koi-2025.yaml"));

  @Test
  void theShippedRegistersComputeFourIndicatorsAndNoteWhereTheSeedsDisagree() {
    assertThat(SO.indicators().stream().filter(i -> i.source() == Indicator.Source.COMPUTED).map(Indicator::processKey))
        .containsExactly("cong-bo-tthc", "cong-khai-tthc", "phe-duyet-quy-trinh-noi-bo", "xu-ly-pakn");
    assertThat(target(SO, "hai-long")).isEqualTo(90);
    assertThat(target(XA, "hai-long")).isEqualTo(100);
    assertThat(note(SO, "hai-long")).contains("90%", "100%");
    assertThat(note(SO, "dvc-toan-trinh")).contains("100%", "80%");
    assertThat(SO.indicators()).allSatisfy(i -> assertThat(i.basis()).isNotBlank());
  }

  @Test
  void aUnitUsesItsOwnRegisterElseTheSosAndLastYearsUntilANewOneExists() {
    IndicatorRegisters registers = new IndicatorRegisters(List.of(SO, XA));
    assertThat(registers.forUnit("ubnd-xa-dak-koi", 2025)).contains(XA);
    assertThat(registers.forUnit("phong-tc-dl-cl", 2025)).contains(SO);
    assertThat(registers.forUnit(null, 2026)).contains(SO);
    assertThat(registers.forUnit(null, 2024)).isEmpty();
  }

  @Test
  void everyMistakeOfAFileIsNamed() {
    assertThatThrownBy(() -> IndicatorRegisters.read(new ByteArrayResource("""
        organisation: so
        year: 26
        indicators:
          - {code: a, name: A, source: computed, formula: tu-tinh, target: 120, basis: B}
          - {code: a, name: A, source: khac, formula: F, target: 50, basis: B}
        """.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("năm (year) phải là một năm")
        .hasMessageContaining("chỉ tiêu thứ 1: chỉ tiêu tính từ dữ liệu có cách tính ho-so-dung-han:<mã quy trình>")
        .hasMessageContaining("chỉ tiêu thứ 1: chỉ tiêu (target) là một tỷ lệ từ 0 đến 100")
        .hasMessageContaining("chỉ tiêu thứ 2: mã 'a' không hợp lệ hoặc bị trùng")
        .hasMessageContaining("chỉ tiêu thứ 2: nguồn (source) phải là computed, imported hoặc manual");
  }

  static double target(IndicatorRegister register, String code) {
    return register.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().target();
  }

  static String note(IndicatorRegister register, String code) {
    return register.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().note();
  }
}
