package vn.kstthc.catalogue;

/** The document a publication decision implements. */
public enum SourceKind implements Labelled {
  QUYET_DINH_BO("quyết định công bố của Bộ"),
  VAN_BAN_TINH("văn bản của tỉnh");

  private final String label;

  SourceKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
