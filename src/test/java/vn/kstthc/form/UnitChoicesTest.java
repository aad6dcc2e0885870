package vn.kstthc.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.kstthc.organisation.Organisation;
import vn.kstthc.organisation.OrganisationReader;

/** Unit fields get the organisation's units, those of the field's role, in the file's order. */
class UnitChoicesTest {

  static final Organisation DEMO = OrganisationReader.read(new ClassPathResource("organisation/demo.yaml"));

  @Test
  void giaoViecOffersTheUnitsOfTheSoFromTheOrganisation() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("forms/giao-viec/khoi-tao.form")));
    assertThat(new UnitChoices(() -> DEMO).fill(form.path("components"))).isTrue();
    JsonNode unit = null;
    for (JsonNode component : form.path("components")) {
      if ("donViChuTri".equals(component.path("key").asText())) {
        unit = component;
      }
    }
    assertThat(unit.get("values").findValuesAsText("value"))
        .containsExactly("van-phong-so", "phong-quan-ly-khoa-hoc", "phong-bcvt-cds", "phong-tc-dl-cl", "thanh-tra-so");
    assertThat(unit.get("values").get(0).get("label").asText()).isEqualTo("Văn phòng Sở");
  }

  @Test
  void aPetitionsOpinionIsAskedOfAUnitOfTheSoOrACommune() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("forms/xu-ly-pakn/du-thao.form")));
    UnitChoices choices = new UnitChoices(() -> DEMO);
    assertThat(choices.fill(form.path("components"))).isTrue();
    JsonNode unit = null;
    for (JsonNode component : form.path("components")) {
      if ("donViLayYKien".equals(component.path("key").asText())) {
        unit = component;
      }
    }
    assertThat(unit.get("values").findValuesAsText("value")).containsExactly(
        "van-phong-so", "phong-quan-ly-khoa-hoc", "phong-bcvt-cds", "phong-tc-dl-cl", "ubnd-xa-dak-koi", "thanh-tra-so");
    assertThat(choices.ids("don-vi-thuoc-so, cap-xa")).contains("ubnd-xa-dak-koi").doesNotContain("lanh-dao-so");
  }

  @Test
  void withoutARoleEveryUnitThatWorksTasksNestedFieldsToo() throws IOException {
    JsonNode form = new ObjectMapper().readTree(
        "{\"components\":[{\"type\":\"group\",\"components\":[{\"type\":\"checklist\",\"key\":\"donVi\","
            + "\"valuesKey\":\"x\",\"properties\":{\"kstthc.loai\":\"don-vi\"}}]},"
            + "{\"type\":\"textfield\",\"key\":\"ghiChu\"}]}");
    new UnitChoices(() -> DEMO).fill(form.path("components"));
    JsonNode field = form.path("components").get(0).path("components").get(0);
    assertThat(field.has("valuesKey")).isFalse();
    assertThat(field.get("values").findValuesAsText("value"))
        .contains("lanh-dao-so", "ubnd-xa-dak-koi", "thanh-tra-so")
        .doesNotContain("giam-sat", "chu-quy-trinh");
  }

  @Test
  void theUnitsComeBeforeTheValuesTheFormListsItself() throws IOException {
    JsonNode form = new ObjectMapper().readTree(
        "{\"components\":[{\"type\":\"dynamiclist\",\"path\":\"rows\",\"components\":[{\"type\":\"select\","
            + "\"key\":\"donVi\",\"properties\":{\"kstthc.loai\":\"don-vi\",\"kstthc.vaiTro\":\"dau-moi-kstthc\"},"
            + "\"values\":[{\"label\":\"UBND xã\",\"value\":\"ngoai:ubnd-xa\"}]}]}]}");
    new UnitChoices(() -> DEMO).fill(form.path("components"));
    JsonNode field = form.path("components").get(0).path("components").get(0);
    assertThat(field.get("values").findValuesAsText("value")).containsExactly("van-phong-so", "ngoai:ubnd-xa");
    assertThat(field.get("values").findValuesAsText("label")).containsExactly("Văn phòng Sở", "UBND xã");
  }
}
