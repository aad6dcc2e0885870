package vn.kstthc.catalogue;

/**
 * One thing wrong in a file or a decision: where (row of the file or item of the decision,
 * column) and what, in Vietnamese.
 */
public record CatalogueProblem(Integer row, String column, String message) {

  @Override
  public String toString() {
    String where = (row == null ? "" : "Dòng " + row) + (column == null ? "" : (row == null ? "Cột" : ", cột") + " '" + column + "'");
    return where.isEmpty() ? message : where + ": " + message;
  }
}
