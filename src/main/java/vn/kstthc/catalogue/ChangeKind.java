package vn.kstthc.catalogue;

/** What a publication decision (or an import) does to a TTHC; also the kind of a history entry. */
public enum ChangeKind implements Labelled {
  MOI("mới"),
  SUA_DOI_BO_SUNG("sửa đổi, bổ sung"),
  THAY_THE("thay thế"),
  BAI_BO("bãi bỏ"),
  HUY_BO("hủy bỏ");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
