package vn.kstthc.petition;

import java.util.List;

/** A machine intake refused as a whole; {@link #problems()} names each field. */
public class IntakeException extends RuntimeException {

  private final transient List<IntakeProblem> problems;

  IntakeException(List<IntakeProblem> problems) {
    super(problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public List<IntakeProblem> problems() {
    return problems;
  }
}
