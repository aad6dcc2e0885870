package vn.kstthc.catalogue;

/** How far a TTHC is offered as an online public service (dịch vụ công trực tuyến). */
public enum OnlineService implements Labelled {
  TOAN_TRINH("toàn trình"),
  MOT_PHAN("một phần"),
  KHONG("không");

  private final String label;

  OnlineService(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
