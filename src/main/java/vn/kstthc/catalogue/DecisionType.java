package vn.kstthc.catalogue;

/** Type of a publication decision. */
public enum DecisionType implements Labelled {
  CONG_BO_TTHC("công bố TTHC"),
  CONG_BO_DANH_MUC("công bố danh mục");

  private final String label;

  DecisionType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
