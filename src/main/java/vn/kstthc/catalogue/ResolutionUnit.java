package vn.kstthc.catalogue;

/** Unit of a TTHC's legal resolution time. */
public enum ResolutionUnit implements Labelled {
  NGAY_LAM_VIEC("ngày làm việc"),
  NGAY("ngày"),
  GIO_LAM_VIEC("giờ làm việc");

  private final String label;

  ResolutionUnit(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
