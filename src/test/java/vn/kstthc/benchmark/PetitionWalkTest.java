package vn.kstthc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The walk's officers fill in what the forms ask, as Tasklist would submit it: each step's task
 * shows the form named, every submitted value is an editable field of it, every required field
 * the form always shows is filled in.
 */
class PetitionWalkTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachStepSubmitsTheFieldsOfItsTasksForm() throws Exception {
    String bpmn = Files.readString(Path.of("processes/xu-ly-pakn.bpmn"));
    for (PetitionWalk.Step step : PetitionWalk.STEPS) {
      assertThat(Pattern.compile("<bpmn:userTask id=\"" + step.taskKey() + "\"[^>]*camunda:formRef=\"xu-ly-pakn-"
          + step.form() + "\"").matcher(bpmn).find()).as(step.taskKey() + " shows " + step.form()).isTrue();
      Map<String, JsonNode> fields = new HashMap<>();
      collect(JSON.readTree(Path.of("forms/xu-ly-pakn/" + step.form() + ".form").toFile()), fields);
      for (String submitted : step.fields().keySet()) {
        assertThat(fields).as(step.form()).containsKey(submitted);
        assertThat(fields.get(submitted).path("readonly").asBoolean(false)).as(step.form() + "." + submitted).isFalse();
      }
      fields.forEach((key, field) -> {
        if (field.path("validate").path("required").asBoolean(false) && field.path("conditional").isMissingNode()) {
          assertThat(step.fields()).as(step.form() + " requires " + key).containsKey(key);
        }
      });
    }
  }

  @Test
  void aSubmissionIsTasklistsVariablesBody() throws Exception {
    assertThat(PetitionWalk.submission(PetitionWalk.STEPS.get(0).fields()))
        .isEqualTo("{\"variables\":{\"phanLoai\":{\"value\":\"xu-ly\"},\"doiDonVi\":{\"value\":false}}}");
  }

  private static void collect(JsonNode component, Map<String, JsonNode> fields) {
    if (component.hasNonNull("key")) {
      fields.put(component.get("key").asText(), component);
    }
    component.path("components").forEach(child -> collect(child, fields));
  }
}
