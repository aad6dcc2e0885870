package vn.kstthc.form;

import java.util.List;

/**
 * One input field of a Camunda Form (form-js schema), with the constraints the server enforces.
 *
 * @param key the variable the field writes
 * @param label what the officer reads (the field's label, or its key when it has none)
 * @param type form-js component type (textfield, textarea, number, checkbox, radio, select,
 *     checklist, taglist, datetime, dynamiclist, group with a path)
 * @param subtype for datetime: date, time or datetime
 * @param options allowed values of a radio, select, checklist or taglist (static {@code values});
 *     empty when the options come from a variable ({@link #valuesKey})
 * @param valuesKey variable holding the options, when not static
 * @param locked readonly or disabled: the submitted value must equal the current one
 * @param lockedWhen a FEEL condition under which the field is read-only ({@code "readonly": "=..."}),
 *     or null
 * @param conditionalHide FEEL condition under which form-js hides the field (then it is not
 *     submitted), or null
 * @param reference what the value names, from the field's custom property {@value
 *     FormDefinition#REFERENCE_PROPERTY}
 * @param role for a unit field: the role whose units it offers ({@value UnitChoices#ROLE_PROPERTY}),
 *     or null for every unit
 * @param children the fields of each item (dynamiclist) or of the nested object (group with a path)
 * @param notAfter for a date: the latest date accepted, from the field's custom property {@value
 *     FormDefinition#NOT_AFTER_PROPERTY}: {@value FormDefinition#TODAY} or the name of a case variable
 *     holding a date; null for no limit
 * @param opensBlank from the field's custom property {@value FormDefinition#OPENS_BLANK_PROPERTY}:
 *     true when the task opens with the field empty whatever the case holds under its key (a
 *     decision and its reason), false when the process owner chose to show the case's value, null
 *     when unmarked (the case's value shows)
 */
public record FormField(
    String key,
    String label,
    String type,
    String subtype,
    boolean required,
    Integer minLength,
    Integer maxLength,
    Double min,
    Double max,
    String pattern,
    String validationType,
    List<String> options,
    String valuesKey,
    boolean locked,
    String lockedWhen,
    String conditionalHide,
    Reference reference,
    String role,
    List<FormField> children,
    String notAfter,
    Boolean opensBlank) {

  /** What a field's value names, so the server can check it exists. */
  public enum Reference {
    NONE,
    /** A unit that works tasks: an existing group of kind {@code officers}. */
    UNIT,
    /** A deadline: a date (or date and time) that is not in the past. */
    DEADLINE;
  }

  boolean isList() {
    return type.equals("checklist") || type.equals("taglist");
  }

  boolean hasOptions() {
    return type.equals("radio") || type.equals("select") || isList();
  }

  boolean isText() {
    return type.equals("textfield") || type.equals("textarea") || type.equals("radio") || type.equals("select");
  }
}
