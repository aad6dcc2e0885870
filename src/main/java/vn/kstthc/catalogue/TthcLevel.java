package vn.kstthc.catalogue;

/** Cấp thực hiện of a TTHC. */
public enum TthcLevel implements Labelled {
  TINH("tỉnh"),
  XA("xã");

  private final String label;

  TthcLevel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
