package vn.kstthc.platform;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and type, declared once in a process's constants class so that
 * no variable name is written twice as a string literal (the holunda camunda-bpm-data idea, without
 * the library).
 *
 * @param <T> the Java type of the value
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public ProcessVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  /** The value in a scope, or {@code null}; a value of another type is a modelling error. */
  public T from(VariableScope scope) {
    return cast(scope.getVariable(name));
  }

  /** The value in a map of variables (e.g. a REST answer or a task's variables), or {@code null}. */
  public T from(Map<String, ?> variables) {
    return cast(variables.get(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  private T cast(Object value) {
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    throw new IllegalStateException(
        "Variable '" + name + "' should be " + type.getSimpleName() + " but is "
            + value.getClass().getSimpleName());
  }
}
