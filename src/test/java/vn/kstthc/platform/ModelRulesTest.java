package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.deadline.DeadlineNotation;
import vn.kstthc.form.FormContract;
import vn.kstthc.form.FormDefinition;
import vn.kstthc.form.UnitChoices;
import vn.kstthc.organisation.GroupKind;
import vn.kstthc.organisation.Organisation;
import vn.kstthc.organisation.OrganisationReader;
import vn.kstthc.organisation.RoleFunctions;

/**
 * Every model in processes/ and form in forms/ follows the rules a process owner reads in the
 * README: a diagram, a Vietnamese name and a history time-to-live per process; per user task a
 * name, a candidate group, a due date in our notation and a form of forms/ bound to the
 * deployment; a choice a sequence flow reads says whether its task opens it empty; Vietnamese
 * text in NFC.
 */
public class ModelRulesTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  /** Groups that differ between provinces: a professional unit or a commune. */
  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  static final Pattern PROVINCE_UNIT = Pattern.compile("(^|[,\\s'\"])(phong|ubnd-xa)-[a-z0-9-]+");
  static final Organisation DEMO =
      OrganisationReader.read(new DefaultResourceLoader().getResource("classpath:organisation/demo.yaml"));

  @Test
  void everyModelFollowsTheRules() throws IOException {
    Map<String, JsonNode> forms = forms();
    List<String> problems = new ArrayList<>();
    List<Path> models = files(PROCESSES, ".bpmn");
    assertThat(models).isNotEmpty();
    for (Path file : models) {
      String text = Files.readString(file);
      if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
        problems.add(file + ": text is not Unicode NFC");
      }
      problems.addAll(problems(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()), forms));
    }
    assertThat(problems).isEmpty();
  }

  /** The names the conditions of a model's sequence flows read (quoted literals left out). */
  private static Set<String> conditionNames(BpmnModelInstance model) {
    Set<String> names = new HashSet<>();
    for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
      Matcher name = IDENTIFIER.matcher(condition.getTextContent().replaceAll("'[^']*'|\"[^\"]*\"", ""));
      while (name.find()) {
        names.add(name.group());
      }
    }
    return names;
  }

  /**
   * Editable radio and select fields whose value a condition reads, without the mark that says
   * whether a task opens them empty: Tasklist fills them from the case, so a check that runs again
   * would open with the previous decision chosen.
   */
  private static List<String> choicesReadByConditions(JsonNode components, Set<String> conditionNames) {
    List<String> unmarked = new ArrayList<>();
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean editable = !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false);
      if ((type.equals("radio") || type.equals("select")) && editable
          && conditionNames.contains(component.path("key").asText())
          && component.path("properties").path(FormDefinition.OPENS_BLANK_PROPERTY).isMissingNode()) {
        unmarked.add(component.path("key").asText());
      }
      if (!component.hasNonNull("path") || component.path("path").asText().isBlank()) {
        unmarked.addAll(choicesReadByConditions(component.path("components"), conditionNames));
      }
    }
    return unmarked;
  }

  /**
   * What a model breaks of the rules above (empty when none): for the models of processes/ and for
   * those the application generates (an exported internal process).
   *
   * @param file the model's file name, e.g. {@code giao-viec.bpmn}
   * @param forms the forms deployed with it, by id (their schema)
   */
  public static List<String> problems(String file, BpmnModelInstance model, Map<String, JsonNode> forms) {
    Set<String> formIds = forms.keySet();
    List<String> problems = new ArrayList<>();
    Bpmn.validateModel(model);
    if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
      problems.add(file + ": no diagram");
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!file.equals(process.getId() + ".bpmn")) {
        problems.add(file + ": file not named after the process id " + process.getId());
      }
      if (process.getName() == null || process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(file + ": process needs a name and camunda:historyTimeToLive");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String where = file + "#" + task.getId();
      if (task.getName() == null || task.getName().isBlank()) {
        problems.add(where + ": no name");
      }
      String candidates = task.getCamundaCandidateGroups();
      if (candidates == null && task.getCamundaAssignee() == null) {
        problems.add(where + ": no candidate group");
      } else if (candidates != null && PROVINCE_UNIT.matcher(candidates).find()) {
        problems.add(where + ": names a province's own unit (" + candidates
            + "): name a role, ${vaiTro('...')}, or a contract group");
      }
      if (candidates != null) {
        for (String role : RoleFunctions.namedIn(candidates)) {
          if (DEMO.roleGroups(role).isEmpty()) {
            problems.add(where + ": role '" + role + "' is not mapped in organisation/demo.yaml ('roles')");
          }
        }
      }
      String due = task.getCamundaDueDate();
      if (due == null) {
        problems.add(where + ": no camunda:dueDate");
      } else if (!due.contains("${")) {
        try {
          DeadlineNotation.resolve(due, ZonedDateTime.now(), WorkingDayCalendar.standard());
        } catch (IllegalArgumentException e) {
          problems.add(where + ": " + e.getMessage());
        }
      }
      if (task.getCamundaFormRef() == null || !"deployment".equals(task.getCamundaFormRefBinding())) {
        problems.add(where + ": needs camunda:formRef with camunda:formRefBinding=\"deployment\"");
      } else if (!task.getCamundaFormRef().contains("${") && !formIds.contains(task.getCamundaFormRef())) {
        problems.add(where + ": form '" + task.getCamundaFormRef() + "' is not in forms/");
      } else if (forms.containsKey(task.getCamundaFormRef())) {
        choicesReadByConditions(forms.get(task.getCamundaFormRef()).path("components"), conditionNames(model))
            .forEach(key -> problems.add(where + ": the choice '" + key + "' decides a sequence flow: mark it"
                + " " + FormDefinition.OPENS_BLANK_PROPERTY + " \"true\" (a decision: opens empty) or \"false\""
                + " (shows the case's value)"));
      }
    }
    return problems;
  }

  /**
   * A decision table in processes/ routes work to units: each output it can give is a group of kind
   * officers of the demo organisation (a province's own file is checked the same way by its tests).
   */
  @Test
  void everyDecisionOutputNamesAnOfficersGroup() throws IOException {
    Set<String> officers = new HashSet<>();
    DEMO.groups().stream().filter(g -> g.kind() == GroupKind.OFFICERS).forEach(g -> officers.add(g.id()));
    List<String> problems = new ArrayList<>();
    for (Path file : files(PROCESSES, ".dmn")) {
      String text = Files.readString(file);
      if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
        problems.add(file + ": text is not Unicode NFC");
      }
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      for (OutputEntry entry : model.getModelElementsByType(OutputEntry.class)) {
        String value = entry.getText().getTextContent().trim().replaceAll("^\"|\"$", "");
        if (!officers.contains(value)) {
          problems.add(file + "#" + entry.getId() + ": '" + value + "' is not an officers group of organisation/demo.yaml");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The forms in forms/ by id (their schema), each form checked on the way. */
  public static Map<String, JsonNode> forms() throws IOException {
    Map<String, JsonNode> ids = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path form : files(FORMS, ".form")) {
      String text = Files.readString(form);
      assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(form + " is NFC").isTrue();
      String id = json.readTree(text).path("id").asText();
      assertThat(id).as(form + " has an id").isNotBlank();
      assertThat(ids.put(id, json.readTree(text))).as("form id " + id + " is unique").isNull();
      formFieldRules(form, json.readTree(text).path("components"));
    }
    return ids;
  }

  /**
   * The server holds officers to their forms (vn.kstthc.form): a text field cannot hold more than
   * the engine stores, and a field marked as naming a unit or a deadline uses a known mark.
   */
  private static void formFieldRules(Path form, JsonNode components) {
    for (JsonNode component : components) {
      String where = form + " field " + component.path("key").asText(component.path("id").asText());
      int maxLength = component.path("validate").path("maxLength").asInt(0);
      assertThat(maxLength).as(where + ": maxLength at most " + FormContract.MAX_TEXT_LENGTH)
          .isLessThanOrEqualTo(FormContract.MAX_TEXT_LENGTH);
      JsonNode mark = component.path("properties").path(FormDefinition.REFERENCE_PROPERTY);
      if (!mark.isMissingNode()) {
        assertThat(mark.asText()).as(where + ": " + FormDefinition.REFERENCE_PROPERTY).isIn("don-vi", "han-xu-ly");
      }
      JsonNode blank = component.path("properties").path(FormDefinition.OPENS_BLANK_PROPERTY);
      if (!blank.isMissingNode()) {
        assertThat(blank.asText()).as(where + ": " + FormDefinition.OPENS_BLANK_PROPERTY).isIn("true", "false");
      }
      if (!component.path("properties").path(FormDefinition.NOT_AFTER_PROPERTY).isMissingNode()) {
        assertThat(component.path("type").asText()).as(where + ": " + FormDefinition.NOT_AFTER_PROPERTY + " limits a date")
            .isEqualTo("datetime");
      }
      JsonNode role = component.path("properties").path(UnitChoices.ROLE_PROPERTY);
      for (String each : role.isMissingNode() ? new String[0] : role.asText().split(",")) {
        assertThat(DEMO.roleGroups(each.strip())).as(where + ": role '" + each.strip() + "' mapped in demo.yaml")
            .isNotEmpty();
      }
      // FEEL's not() of a text is null, and form-js then hides the field even when the text is there
      assertThat(component.path("conditional").path("hide").asText()).as(where + ": hide a text when empty with"
          + " '=x = null or x = \"\"', not '=not(x)'").doesNotMatch("=\\s*not\\(\\s*[A-Za-z]\\w*\\s*\\)\\s*");
      assertThat(component.path("validate").path("validationType").asText()).as(where + ": form-js's phone rule"
          + " refuses a Vietnamese number (0912 345 678): use the pattern " + FormContract.PHONE.pattern())
          .isNotEqualTo("phone");
      assertThat(component.path("type").asText()).as(where + ": expression fields submit what the browser computed")
          .isNotEqualTo("expression");
      assertThat(component.path("key").asText()).as(where + ": a key with a dot writes a nested object, which the"
          + " server does not check field by field: use a group with a path").doesNotContain(".");
      formFieldRules(form, component.path("components"));
    }
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
