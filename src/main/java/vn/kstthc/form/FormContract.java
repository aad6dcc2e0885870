package vn.kstthc.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks what an officer submits with a form against that form: only the variables its input
 * fields declare, each value against the field's own constraints (required, lengths, min/max,
 * pattern, e-mail/phone, the options of a radio, select, checklist or taglist, date and time
 * formats), read-only fields only unchanged, references to units and deadlines checked. Text is
 * normalised to NFC. The accepted values come back typed (String, Long/Double, Boolean, Json), so
 * what is stored does not depend on how a client wrote it.
 */
public final class FormContract {

  /**
   * Longest text a String variable holds: Camunda stores strings in a 4,000-character column
   * (longer ones fail in the database), so a text field without a smaller maxLength gets this one.
   */
  public static final int MAX_TEXT_LENGTH = 4000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** form-js's own e-mail rule (validationType "email"). */
  public static final Pattern EMAIL = Pattern.compile("^[\\w.+-]+@([\\w-]+\\.)+[\\w-]{2,}$");
  /** A telephone number as written in Vietnam: digits with optional +, spaces, dots, dashes. */
  public static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 .()-]{7,18}[0-9]$");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]{1,15}([.,][0-9]{1,10})?");
  private static final Set<String> SCALAR_TYPES =
      Set.of("String", "Json", "Boolean", "Integer", "Long", "Short", "Double", "Null");

  /** What the check needs to know besides the form: current values, the organisation, the clock. */
  public interface Context {
    /** The variable's current value as the task sees it, or null (always null for a start form). */
    Object currentValue(String name);

    /**
     * A variable of the case, also from inside a list's row: where form-js reads a field's options
     * ({@code valuesKey}), which are never a row's own.
     */
    default Object caseValue(String name) {
      return currentValue(name);
    }

    /**
     * Whether the id names a unit of the organisation (a group whose kind works tasks), holding
     * the role when one is given.
     */
    boolean isWorkingUnit(String groupId, String role);

    /** Today and now, in Vietnam. */
    LocalDateTime now();

    /**
     * Whether a FEEL condition (a field's {@code hide} or {@code readonly}) holds for these data;
     * null when it cannot be told.
     */
    Boolean hidden(String feelCondition, Map<String, Object> data);

    /** Every current value the task sees (what Tasklist gives form-js), for FEEL conditions. */
    default Map<String, Object> currentValues() {
      return Map.of();
    }
  }

  /** The outcome: errors (empty when accepted) and the accepted variables in REST form. */
  public record Result(List<FieldError> errors, ObjectNode variables) {
    public boolean accepted() {
      return errors.isEmpty();
    }
  }

  private FormContract() {}

  /**
   * @param submitted the {@code variables} object of a REST request: name → {value, type,
   *     valueInfo}; null when none were sent
   */
  public static Result check(FormDefinition form, JsonNode submitted, Context context) {
    List<FieldError> errors = new ArrayList<>();
    ObjectNode accepted = NODES.objectNode();
    Map<String, JsonNode> values = new LinkedHashMap<>();
    Set<String> refused = new java.util.HashSet<>();
    if (submitted != null && !submitted.isNull()) {
      if (!submitted.isObject()) {
        errors.add(new FieldError("variables", "variables", "Dữ liệu gửi lên phải là các cặp tên trường và giá trị."));
        return new Result(errors, accepted);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = submitted.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        FormField field = form.field(entry.getKey());
        if (field == null) {
          errors.add(FieldError.undeclared(entry.getKey()));
          continue;
        }
        int before = errors.size();
        JsonNode value = plainValue(field, entry.getValue(), errors);
        if (errors.size() > before) {
          refused.add(field.key());
        } else if (value != null) {
          values.put(field.key(), value);
        }
      }
    }
    Map<String, Object> data = feelData(form, values, context);
    for (FormField field : form.fields()) {
      if (refused.contains(field.key())) {
        continue;
      }
      JsonNode value = values.get(field.key());
      boolean present = submitted != null && submitted.has(field.key());
      if (field.conditionalHide() != null
          && Boolean.TRUE.equals(context.hidden(field.conditionalHide(), data))) {
        // form-js does not submit a hidden field: whatever came for it is not stored.
        continue;
      }
      if (field.locked() || field.lockedWhen() != null
          && !Boolean.FALSE.equals(context.hidden(field.lockedWhen(), data))) {
        Object current = context.currentValue(field.key());
        boolean same = "dynamiclist".equals(field.type()) && current != null
            ? Objects.equals(shownColumns(field, value), shownColumns(field, currentJson(current)))
            : unchanged(value, current);
        if (present && !same) {
          errors.add(FieldError.of(field, "chỉ được xem, không được thay đổi"));
        }
        continue;
      }
      if (!present || value == null) {
        // An absent field whose condition could not be evaluated may have been hidden: form-js
        // would not have sent it, so it is not demanded.
        boolean mayBeHidden = !present && field.conditionalHide() != null
            && context.hidden(field.conditionalHide(), data) == null;
        if (field.required() && !mayBeHidden) {
          errors.add(FieldError.of(field, "là bắt buộc"));
        } else if (present) {
          accepted.set(field.key(), typed(field, null));
        }
        continue;
      }
      int before = errors.size();
      JsonNode normalised = checkValue(field, value, context, errors, field.required());
      if (errors.size() == before && normalised != null) {
        accepted.set(field.key(), typed(field, normalised));
      }
    }
    return new Result(errors, accepted);
  }

  /**
   * The value of a REST variable DTO as JSON, or null for an empty value. A "Json" variable's value
   * is a JSON text: it is read.
   */
  private static JsonNode plainValue(FormField field, JsonNode dto, List<FieldError> errors) {
    if (dto == null || !dto.isObject()) {
      errors.add(FieldError.of(field, "phải được gửi dưới dạng {\"value\": ...}"));
      return null;
    }
    String type = dto.path("type").asText(null);
    if ("Object".equals(type)
        && "application/json".equals(dto.path("valueInfo").path("serializationDataFormat").asText())) {
      // Tasklist sends a list or object with the type of the variable it replaces: read it as JSON.
      type = "Json";
    }
    if (type != null && !SCALAR_TYPES.contains(type)) {
      errors.add(FieldError.of(field, "không nhận kiểu dữ liệu " + type));
      return null;
    }
    JsonNode value = dto.get("value");
    if (value == null || value.isNull()) {
      return null;
    }
    if ("Json".equals(type) && value.isTextual()) {
      try {
        return JSON.readTree(value.asText());
      } catch (JsonProcessingException e) {
        errors.add(FieldError.of(field, "không phải dữ liệu JSON hợp lệ"));
        return null;
      }
    }
    return value;
  }

  private static JsonNode checkValue(
      FormField field, JsonNode value, Context context, List<FieldError> errors, boolean required) {
    switch (field.type()) {
      case "textfield", "textarea", "radio", "select" -> {
        if (!value.isValueNode() || value.isBoolean()) {
          errors.add(FieldError.of(field, "phải là một đoạn văn bản"));
          return null;
        }
        String text = nfc(value.asText());
        if (text.isBlank()) {
          if (required) {
            errors.add(FieldError.of(field, "là bắt buộc"));
          }
          return NODES.textNode(text);
        }
        int before = errors.size();
        checkText(field, text, errors);
        if (field.hasOptions()) {
          checkOption(field, text, context, errors);
        }
        if (errors.size() == before) {
          checkReference(field, text, context, errors);
        }
        return NODES.textNode(text);
      }
      case "number" -> {
        Double number = value.isNumber() ? Double.valueOf(value.asDouble()) : parseNumber(value.asText());
        if (number == null || !value.isValueNode() || !Double.isFinite(number)) {
          errors.add(FieldError.of(field, "phải là một số"));
          return null;
        }
        if (field.min() != null && number < field.min()) {
          errors.add(FieldError.of(field, "không được nhỏ hơn " + plain(field.min())));
        }
        if (field.max() != null && number > field.max()) {
          errors.add(FieldError.of(field, "không được lớn hơn " + plain(field.max())));
        }
        return number == Math.rint(number) && Math.abs(number) < 9.0e15
            ? NODES.numberNode(number.longValue())
            : NODES.numberNode(number);
      }
      case "checkbox" -> {
        if (!value.isBoolean()) {
          errors.add(FieldError.of(field, "phải là có hoặc không"));
          return null;
        }
        if (required && !value.asBoolean()) {
          errors.add(FieldError.of(field, "phải được chọn"));
        }
        return value;
      }
      case "checklist", "taglist" -> {
        if (!value.isArray()) {
          errors.add(FieldError.of(field, "phải là một danh sách lựa chọn"));
          return null;
        }
        ArrayNode items = NODES.arrayNode();
        for (JsonNode item : value) {
          if (!item.isTextual() && !item.isNumber()) {
            errors.add(FieldError.of(field, "chỉ gồm các giá trị trong danh sách"));
            return null;
          }
          String text = nfc(item.asText());
          int before = errors.size();
          checkOption(field, text, context, errors);
          if (errors.size() == before) {
            checkReference(field, text, context, errors);
          }
          items.add(text);
        }
        if (required && items.isEmpty()) {
          errors.add(FieldError.of(field, "là bắt buộc"));
        }
        return items;
      }
      case "datetime" -> {
        return checkDateTime(field, value, context, errors);
      }
      case "dynamiclist" -> {
        if (!value.isArray()) {
          errors.add(FieldError.of(field, "phải là một danh sách"));
          return null;
        }
        ArrayNode items = NODES.arrayNode();
        JsonNode currentRows = currentJson(context.currentValue(field.key()));
        int row = 1;
        for (JsonNode item : value) {
          // a row's read-only columns may only come back as the same row of the case holds them
          JsonNode currentRow = currentRows == null ? null : currentRows.get(row - 1);
          ObjectNode checked = checkObject(field, item, new NestedContext(context, currentRow), errors, "dòng " + row++);
          if (checked != null) {
            keepLockedColumns(field, checked, currentRow);
            items.add(checked);
          }
        }
        if (required && items.isEmpty()) {
          errors.add(FieldError.of(field, "là bắt buộc"));
        }
        return items;
      }
      case "group" -> {
        return checkObject(field, value, new NestedContext(context, null), errors, null);
      }
      default -> {
        errors.add(FieldError.of(field, "không nhận giá trị"));
        return null;
      }
    }
  }

  /**
   * A row is stored as the case holds it with the officer's editable columns written over: its
   * read-only columns (checked unchanged above, so never accepted) and the values the form does not
   * show (a unit's id beside its name) are not the officer's to write, and the list is stored whole,
   * so a row stored without them would lose them (the published late list lost its units' names).
   * Only in a list with a read-only column: there a row is the case's row of the same place (its
   * read-only columns are checked against it); a list the officer writes whole (rows added, removed,
   * moved) is stored as sent.
   */
  private static void keepLockedColumns(FormField list, ObjectNode row, JsonNode currentRow) {
    Set<String> editable = new HashSet<>();
    for (FormField column : list.children()) {
      if (!column.locked() && column.lockedWhen() == null) {
        editable.add(column.key());
      }
    }
    if (currentRow == null || !currentRow.isObject() || editable.size() == list.children().size()) {
      return;
    }
    currentRow.fields().forEachRemaining(entry -> {
      if (!row.has(entry.getKey()) && !editable.contains(entry.getKey())) {
        row.set(entry.getKey(), entry.getValue());
      }
    });
  }

  /** The fields of one dynamic-list row or of a group with a path: the same rules, one level down. */
  private static ObjectNode checkObject(
      FormField parent, JsonNode item, Context context, List<FieldError> errors, String where) {
    if (!item.isObject()) {
      errors.add(FieldError.of(parent, "có " + (where == null ? "dữ liệu" : where) + " không hợp lệ"));
      return null;
    }
    ObjectNode dtos = NODES.objectNode();
    item.fields().forEachRemaining(entry -> {
      ObjectNode dto = NODES.objectNode();
      dto.set("value", entry.getValue());
      dtos.set(entry.getKey(), dto);
    });
    Result nested = check(new FormDefinition(null, parent.children()), dtos, context);
    for (FieldError error : nested.errors()) {
      String prefix = "Trường '" + parent.label() + "'" + (where == null ? "" : ", " + where) + ": ";
      errors.add(new FieldError(parent.key() + "." + error.field(), error.label(), prefix + error.message()));
    }
    ObjectNode plain = NODES.objectNode();
    nested.variables().fields().forEachRemaining(entry -> {
      JsonNode dto = entry.getValue();
      JsonNode v = dto.path("value");
      plain.set(entry.getKey(), "Json".equals(dto.path("type").asText()) ? readJson(v.asText()) : v);
    });
    return plain;
  }

  private static void checkText(FormField field, String text, List<FieldError> errors) {
    int max = field.maxLength() == null ? MAX_TEXT_LENGTH : Math.min(field.maxLength(), MAX_TEXT_LENGTH);
    if (text.length() > max) {
      errors.add(FieldError.of(field, "dài tối đa " + max + " ký tự (đã nhập " + text.length() + ")"));
    }
    if (field.minLength() != null && text.length() < field.minLength()) {
      errors.add(FieldError.of(field, "phải có ít nhất " + field.minLength() + " ký tự"));
    }
    if (field.pattern() != null && !field.pattern().isEmpty() && text.length() <= max) {
      try {
        if (!Pattern.compile(field.pattern()).matcher(text).find()) {
          errors.add(FieldError.of(field, "không đúng định dạng yêu cầu"));
        }
      } catch (PatternSyntaxException e) {
        errors.add(FieldError.of(field, "có quy tắc định dạng không đọc được (báo chủ quy trình)"));
      }
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      errors.add(FieldError.of(field, "phải là một địa chỉ thư điện tử hợp lệ"));
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
      errors.add(FieldError.of(field, "phải là một số điện thoại hợp lệ"));
    }
  }

  private static void checkOption(FormField field, String value, Context context, List<FieldError> errors) {
    if (field.reference() == FormField.Reference.UNIT) {
      return; // the organisation's units and the form's own values (UnitChoices): checked as a reference
    }
    List<String> options = field.options();
    if (options.isEmpty() && field.valuesKey() != null) {
      options = optionsOf(context.caseValue(field.valuesKey()));
    }
    if (!options.contains(value)) {
      errors.add(FieldError.of(field, "phải là một giá trị trong danh sách"));
    }
  }

  private static void checkReference(FormField field, String value, Context context, List<FieldError> errors) {
    if (field.reference() == FormField.Reference.UNIT && !field.options().contains(value)
        && !context.isWorkingUnit(value, field.role())) {
      errors.add(FieldError.of(field, "phải là một đơn vị trong danh sách"));
    }
  }

  private static JsonNode checkDateTime(FormField field, JsonNode value, Context context, List<FieldError> errors) {
    String text = value.asText().trim();
    LocalDateTime now = context.now();
    try {
      switch (field.subtype()) {
        case "time" -> {
          if (text.length() > 5 && (text.contains("+") || text.endsWith("Z") || text.lastIndexOf('-') > 0)) {
            OffsetTime.parse(text);
          } else {
            LocalTime.parse(text);
          }
        }
        case "datetime" -> {
          LocalDateTime moment = text.contains("+") || text.endsWith("Z") || text.lastIndexOf('-') > 10
              ? OffsetDateTime.parse(text).atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime()
              : LocalDateTime.parse(text);
          if (field.reference() == FormField.Reference.DEADLINE && moment.isBefore(now)) {
            errors.add(FieldError.of(field, "không được là thời điểm đã qua"));
          }
          checkNotAfter(field, moment.toLocalDate(), context, errors);
        }
        default -> {
          LocalDate date = LocalDate.parse(text);
          if (field.reference() == FormField.Reference.DEADLINE && date.isBefore(now.toLocalDate())) {
            errors.add(FieldError.of(field, "không được là ngày đã qua"));
          }
          checkNotAfter(field, date, context, errors);
        }
      }
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, switch (field.subtype()) {
        case "time" -> "phải là một giờ hợp lệ (giờ:phút)";
        case "datetime" -> "phải là một ngày giờ hợp lệ";
        default -> "phải là một ngày hợp lệ (ngày/tháng/năm)";
      }));
      return null;
    }
    return NODES.textNode(text);
  }

  /**
   * A date not after its field's limit ({@link FormField#notAfter}): today, or the date a case
   * variable holds. A variable the case does not hold (or that is no date) sets no limit: the form
   * cannot be blamed on the officer.
   */
  private static void checkNotAfter(FormField field, LocalDate date, Context context, List<FieldError> errors) {
    if (field.notAfter() == null || field.notAfter().isBlank()) {
      return;
    }
    if (field.notAfter().equals(FormDefinition.TODAY)) {
      if (date.isAfter(context.now().toLocalDate())) {
        errors.add(FieldError.of(field, "không được là ngày trong tương lai"));
      }
      return;
    }
    LocalDate limit = dateOf(context.caseValue(field.notAfter()));
    if (limit != null && date.isAfter(limit)) {
      errors.add(FieldError.of(field, "không được sau ngày " + limit.format(DAY)));
    }
  }

  /** A Date, or an ISO date (or date and time) as forms store it; null otherwise. */
  private static LocalDate dateOf(Object value) {
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    }
    if (value instanceof String text && text.length() >= 10) {
      try {
        return LocalDate.parse(text.substring(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * A read-only field may come back only as it was. Its value is never written again, so a value
   * that cannot be compared (a date held as a Date) is let pass; an empty value for a variable that
   * does not exist is what form-js sends (false, [], "").
   */
  private static boolean unchanged(JsonNode submitted, Object current) {
    if (current instanceof java.util.Date) {
      return true;
    }
    if (current == null || current.toString().isEmpty()) {
      return submitted == null || submitted.isNull()
          || submitted.isBoolean() && !submitted.asBoolean()
          || submitted.isContainerNode() && submitted.isEmpty()
          || submitted.isValueNode() && submitted.asText().isEmpty();
    }
    if (submitted == null || submitted.isNull()) {
      return false;
    }
    if (submitted.isContainerNode()) {
      JsonNode now = current instanceof java.util.Collection<?> || current instanceof Map<?, ?>
          ? JSON.valueToTree(current)
          : readJson(current.toString());
      return submitted.equals(now);
    }
    if (current instanceof Number number && submitted.isNumber()) {
      return number.doubleValue() == submitted.asDouble();
    }
    return Objects.equals(nfc(submitted.asText()), nfc(current.toString()));
  }

  private static List<String> optionsOf(Object variable) {
    if (variable == null) {
      return List.of();
    }
    JsonNode node = variable instanceof List<?> list ? JSON.valueToTree(list) : readJson(variable.toString());
    List<String> options = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (JsonNode option : node) {
        options.add(option.isObject() ? option.path("value").asText() : option.asText());
      }
    }
    return options;
  }

  /** The data form-js evaluates its conditions on: the current values, then what was submitted. */
  private static Map<String, Object> feelData(FormDefinition form, Map<String, JsonNode> values, Context context) {
    Map<String, Object> data = new LinkedHashMap<>(context.currentValues());
    for (FormField field : form.fields()) {
      Object current = context.currentValue(field.key());
      if (current != null) {
        data.put(field.key(), current);
      }
    }
    values.forEach((key, value) -> data.put(key, JSON.convertValue(value, Object.class)));
    return data;
  }

  /** The REST form of an accepted value, with its type written out. */
  private static ObjectNode typed(FormField field, JsonNode value) {
    ObjectNode dto = NODES.objectNode();
    if (value == null || value.isNull()) {
      dto.putNull("value");
      dto.put("type", "Null");
    } else if (value.isContainerNode()) {
      dto.put("value", value.toString());
      dto.put("type", "Json");
    } else if (value.isBoolean()) {
      dto.set("value", value);
      dto.put("type", "Boolean");
    } else if (value.isIntegralNumber()) {
      dto.set("value", value);
      dto.put("type", "Long");
    } else if (value.isNumber()) {
      dto.set("value", value);
      dto.put("type", "Double");
    } else {
      dto.put("value", nfc(value.asText()));
      dto.put("type", "String");
    }
    return dto;
  }

  static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static Double parseNumber(String text) {
    return PLAIN_NUMBER.matcher(text.trim()).matches() ? Double.valueOf(text.trim()) : null;
  }

  private static String plain(Double number) {
    return number == Math.rint(number) ? String.valueOf(number.longValue()) : number.toString();
  }

  private static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /**
   * A list's rows as its form shows them, the columns it declares only: the case's rows may carry
   * more (a unit's id beside its name), which the browser does not send back.
   */
  private static JsonNode shownColumns(FormField list, JsonNode rows) {
    if (rows == null || !rows.isArray()) {
      return rows;
    }
    Set<String> columns = new HashSet<>();
    list.children().forEach(column -> columns.add(column.key()));
    ArrayNode shown = NODES.arrayNode();
    for (JsonNode row : rows) {
      if (row.isObject()) {
        ObjectNode kept = shown.addObject();
        row.fields().forEachRemaining(cell -> {
          if (columns.contains(cell.getKey())) {
            kept.set(cell.getKey(), cell.getValue());
          }
        });
      } else {
        shown.add(row);
      }
    }
    return shown;
  }

  private static JsonNode currentJson(Object current) {
    if (current == null) {
      return null;
    }
    return current instanceof java.util.Collection<?> ? JSON.valueToTree(current) : readJson(current.toString());
  }

  /**
   * Inside a row of a dynamic list (or a group with a path): the row's current values are those of
   * the same row of the case's list (none for a new row, or a group), the options the case's.
   */
  private record NestedContext(Context parent, JsonNode currentRow) implements Context {
    @Override
    public Object currentValue(String name) {
      JsonNode value = currentRow == null ? null : currentRow.get(name);
      if (value == null || value.isNull()) {
        return null;
      }
      if (value.isNumber()) {
        return value.numberValue();
      }
      return value.isContainerNode() ? value.toString() : value.asText();
    }

    @Override
    public Object caseValue(String name) {
      return parent.caseValue(name);
    }

    @Override
    public boolean isWorkingUnit(String groupId, String role) {
      return parent.isWorkingUnit(groupId, role);
    }

    @Override
    public LocalDateTime now() {
      return parent.now();
    }

    @Override
    public Boolean hidden(String feelCondition, Map<String, Object> data) {
      return parent.hidden(feelCondition, data);
    }
  }
}
