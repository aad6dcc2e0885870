package vn.kstthc.notification;

/** Why an officer is told something. */
public enum NotificationKind {
  /** A task arrived for the officer's unit (candidate group). */
  CONG_VIEC_MOI("Công việc mới"),
  /** A task was assigned to the officer by someone else. */
  DUOC_GIAO("Được giao công việc"),
  /** A task's due time is near (reminder). */
  SAP_DEN_HAN("Sắp đến hạn"),
  /** A task is overdue: told to the unit's head and the Văn phòng (escalation). */
  QUA_HAN("Quá hạn");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
