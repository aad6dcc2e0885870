package vn.kstthc.report;

/** How a dossier was submitted (hình thức nộp), as form II.05a splits "received". */
public enum DossierChannel {
  TRUC_TUYEN("Trực tuyến"),
  TRUC_TIEP("Trực tiếp"),
  BUU_CHINH("Dịch vụ bưu chính");

  private final String label;

  DossierChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
