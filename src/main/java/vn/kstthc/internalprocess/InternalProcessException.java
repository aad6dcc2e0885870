package vn.kstthc.internalprocess;

import java.util.List;

/** An internal process that breaks {@link InternalProcessRules}: the Vietnamese messages, in order. */
public class InternalProcessException extends RuntimeException {

  private final List<String> problems;

  public InternalProcessException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
