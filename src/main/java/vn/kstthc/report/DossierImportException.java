package vn.kstthc.report;

import java.util.List;

/** A dossier file or entry refused, with every problem found (in Vietnamese, by row). */
public class DossierImportException extends RuntimeException {

  private final List<String> problems;

  public DossierImportException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
