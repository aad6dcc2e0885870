package vn.kstthc.catalogue;

/** A TTHC for citizens and businesses, or an internal one between state bodies. */
public enum TthcKind implements Labelled {
  HANH_CHINH("hành chính"),
  NOI_BO("nội bộ");

  private final String label;

  TthcKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
