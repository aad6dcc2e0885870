package vn.kstthc.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The routing table of xu-ly-pakn answers every field the intake form offers, with the demo's units;
 * the application knows the same fields, with the form's labels.
 */
class PaknRoutingTableTest {

  static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  @Test
  void everyFieldOfTheIntakeFormGoesToItsUnit() throws IOException {
    DmnDecision decision;
    try (InputStream in = Files.newInputStream(Path.of("processes/xu-ly-pakn-don-vi.dmn"))) {
      decision = DMN.parseDecision(XuLyPaknProcess.DECISION_UNIT, in);
    }
    Map<String, String> routes = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/xu-ly-pakn/tiep-nhan.form").toFile());
    for (JsonNode field : form.path("components")) {
      if ("linhVuc".equals(field.path("key").asText())) {
        for (JsonNode option : field.path("values")) {
          String value = option.path("value").asText();
          labels.put(value, option.path("label").asText());
          routes.put(value, DMN.evaluateDecisionTable(decision, Variables.putValue("linhVuc", value))
              .getSingleResult().getSingleEntry());
        }
      }
    }
    assertThat(routes.keySet()).as("the machine intake accepts the form's fields").isEqualTo(PetitionIntakeValidator.FIELDS);
    assertThat(labels).as("the public page names them as the form does").containsExactlyEntriesOf(PetitionFields.LABELS);
    assertThat(routes).containsExactly(
        Map.entry("hoat-dong-khcn", "phong-quan-ly-khoa-hoc"),
        Map.entry("chuyen-giao-cong-nghe", "phong-quan-ly-khoa-hoc"),
        Map.entry("so-huu-tri-tue", "phong-quan-ly-khoa-hoc"),
        Map.entry("an-toan-buc-xa", "phong-quan-ly-khoa-hoc"),
        Map.entry("tieu-chuan-do-luong-chat-luong", "phong-tc-dl-cl"),
        Map.entry("buu-chinh", "phong-bcvt-cds"),
        Map.entry("vien-thong-cntt-cds", "phong-bcvt-cds"),
        Map.entry("khac", "van-phong-so"));
  }
}
