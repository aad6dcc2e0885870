package vn.kstthc.report;

/**
 * Where a dossier stands in the one-stop system. Where each is counted in form II.05a (see the
 * queries {@code reporting/queries/ii05a-*.sql} and README): paused and awaiting supplements are in
 * progress, judged by their due day (never "in time" for being paused); returned and withdrawn are
 * received, then in no later column (never "resolved on time").
 */
public enum DossierState {
  DANG_GIAI_QUYET("Đang giải quyết", false),
  TAM_DUNG("Tạm dừng", false),
  CHO_BO_SUNG("Chờ bổ sung", false),
  DA_GIAI_QUYET("Đã giải quyết", true),
  TRA_LAI("Trả lại", true),
  RUT("Rút hồ sơ", true);

  private final String label;
  private final boolean finished;

  DossierState(String label, boolean finished) {
    this.label = label;
    this.finished = finished;
  }

  public String label() {
    return label;
  }

  /** Whether the dossier has left the unit (and so has a day it finished on). */
  public boolean finished() {
    return finished;
  }
}
