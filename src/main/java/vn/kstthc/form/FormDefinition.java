package vn.kstthc.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The input fields a deployed Camunda Form declares: the contract of what an officer may submit
 * with it. Read from the form's JSON (form-js schema), the file process owners edit in Camunda
 * Modeler, so a new field brings its checks without Java.
 */
public record FormDefinition(String id, List<FormField> fields) {

  /**
   * Custom property (Modeler: field → Custom properties) that says what a field's value names:
   * {@code don-vi} (a unit) or {@code han-xu-ly} (a deadline).
   */
  public static final String REFERENCE_PROPERTY = "kstthc.loai";

  /**
   * Custom property {@code true} on a field whose task opens with it empty (see {@link
   * BlankDecisions}): a decision (pass or return) and its reason, which Tasklist would otherwise
   * fill from the case's previous decision of the same name. {@code false} records that the process
   * owner wants the case's value shown.
   */
  public static final String OPENS_BLANK_PROPERTY = "kstthc.moTrong";

  /**
   * Custom property of a date field: the latest date accepted, {@value #TODAY} ("a signing date
   * cannot be in the future") or the name of a case variable holding a date ("a commune's deadline
   * is not after the Sở's own", {@code hanTrinhCuaSo}).
   */
  public static final String NOT_AFTER_PROPERTY = "kstthc.khongSau";

  /**
   * Custom property of a text field: a regular expression only the server checks, instead of
   * form-js's {@code validate.pattern}, whose message shows the officer the expression itself
   * ("Field must match pattern ^[0-9]{4}-..."); the field's label or description says the format in
   * words, and a wrong value comes back as a Vietnamese 400 ("không đúng định dạng yêu cầu").
   */
  public static final String PATTERN_PROPERTY = "kstthc.dinhDang";

  /** {@value #NOT_AFTER_PROPERTY} = today, in Vietnam. */
  public static final String TODAY = "hom-nay";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Components that submit a value under their key. */
  private static final Set<String> INPUTS =
      Set.of("textfield", "textarea", "number", "checkbox", "radio", "select", "checklist", "taglist", "datetime");

  public static FormDefinition parse(InputStream json) throws IOException {
    return parse(JSON.readTree(json));
  }

  public static FormDefinition parse(JsonNode form) {
    return new FormDefinition(form.path("id").asText(null), fields(form.path("components")));
  }

  public FormField field(String key) {
    return fields.stream().filter(field -> field.key().equals(key)).findFirst().orElse(null);
  }

  /** The keys of the fields marked to open empty ({@value #OPENS_BLANK_PROPERTY} true). */
  public List<String> blankOnOpen() {
    return fields.stream().filter(field -> Boolean.TRUE.equals(field.opensBlank())).map(FormField::key).toList();
  }

  private static List<FormField> fields(JsonNode components) {
    List<FormField> fields = new ArrayList<>();
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String key = component.path("key").asText(null);
      String path = component.path("path").asText(null);
      if (INPUTS.contains(type) && key != null) {
        fields.add(field(component, type, key, List.of()));
      } else if (type.equals("dynamiclist") && path != null) {
        fields.add(field(component, type, path, fields(component.path("components"))));
      } else if (type.equals("group") && path != null && !path.isBlank()) {
        fields.add(field(component, type, path, fields(component.path("components"))));
      } else if (type.equals("group") || type.equals("dynamiclist")) {
        // A group without a path only lays fields out: its fields submit at the top level.
        fields.addAll(fields(component.path("components")));
      }
      // Everything else (text, html, image, separator, spacer, button, table, iframe, expression)
      // submits nothing the server accepts.
    }
    return List.copyOf(fields);
  }

  private static FormField field(JsonNode component, String type, String key, List<FormField> children) {
    JsonNode validate = component.path("validate");
    String label = firstText(component, "label", "dateLabel", "timeLabel");
    List<String> options = new ArrayList<>();
    for (JsonNode value : component.path("values")) {
      options.add(value.path("value").asText());
    }
    String hide = component.path("conditional").path("hide").asText(null);
    return new FormField(
        key,
        label == null || label.isBlank() ? key : label,
        type,
        component.path("subtype").asText(type.equals("datetime") ? "date" : null),
        validate.path("required").asBoolean(false),
        integer(validate, "minLength"),
        integer(validate, "maxLength"),
        number(validate, "min"),
        number(validate, "max"),
        validate.path("pattern").asText(component.path("properties").path(PATTERN_PROPERTY).asText(null)),
        validate.path("validationType").asText(null),
        List.copyOf(options),
        component.path("valuesKey").asText(null),
        component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
        component.path("readonly").isTextual() ? component.path("readonly").asText() : null,
        hide,
        reference(component.path("properties").path(REFERENCE_PROPERTY).asText("")),
        component.path("properties").path(UnitChoices.ROLE_PROPERTY).asText(null),
        children,
        component.path("properties").path(NOT_AFTER_PROPERTY).asText(null),
        opensBlank(component.path("properties").path(OPENS_BLANK_PROPERTY)));
  }

  private static FormField.Reference reference(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "don-vi" -> FormField.Reference.UNIT;
      case "han-xu-ly" -> FormField.Reference.DEADLINE;
      default -> FormField.Reference.NONE;
    };
  }

  /** Modeler writes custom properties as text: "true" or "false". */
  private static Boolean opensBlank(JsonNode mark) {
    return mark.isMissingNode() || mark.isNull() ? null : Boolean.valueOf(mark.asText().trim());
  }

  private static String firstText(JsonNode component, String... names) {
    for (String name : names) {
      if (component.hasNonNull(name) && !component.get(name).asText().isBlank()) {
        return component.get(name).asText();
      }
    }
    return null;
  }

  private static Integer integer(JsonNode node, String name) {
    return node.hasNonNull(name) && node.get(name).canConvertToInt() ? node.get(name).asInt() : null;
  }

  private static Double number(JsonNode node, String name) {
    return node.hasNonNull(name) && node.get(name).isNumber() ? node.get(name).asDouble() : null;
  }
}
