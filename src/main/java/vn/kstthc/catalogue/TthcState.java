package vn.kstthc.catalogue;

/** Whether a TTHC is in force. */
public enum TthcState implements Labelled {
  CON_HIEU_LUC("còn hiệu lực"),
  DA_BAI_BO("đã bãi bỏ");

  private final String label;

  TthcState(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
