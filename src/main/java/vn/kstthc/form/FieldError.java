package vn.kstthc.form;

/**
 * Why one submitted field was refused.
 *
 * @param field the variable name (the form field's key)
 * @param label the field's label, as the officer saw it
 * @param message a sentence in Vietnamese that names the field
 */
public record FieldError(String field, String label, String message) {

  static FieldError of(FormField field, String rule) {
    return new FieldError(field.key(), field.label(), "Trường '" + field.label() + "' " + rule + ".");
  }

  static FieldError undeclared(String name) {
    return new FieldError(name, name, "Biểu mẫu không có trường '" + name + "': không được gửi giá trị này.");
  }
}
