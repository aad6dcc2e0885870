package vn.kstthc.catalogue;

import java.util.List;

/** A file or decision refused as a whole; nothing was changed. Answered 400 with the problems. */
public class CatalogueException extends RuntimeException {

  private final transient List<CatalogueProblem> problems;

  public CatalogueException(String message, List<CatalogueProblem> problems) {
    super(message + (problems.isEmpty() ? "" : " " + problems.get(0) + (problems.size() > 1 ? " (và " + (problems.size() - 1) + " lỗi khác)" : "")));
    this.problems = List.copyOf(problems);
  }

  public List<CatalogueProblem> problems() {
    return problems;
  }
}
