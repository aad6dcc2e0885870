package vn.kstthc.supervision;

import vn.kstthc.platform.ProcessVariable;

/** "Danh sách trễ hạn hằng tháng" ({@code processes/danh-sach-tre-han.bpmn}): ids and variables, declared once. */
public final class DanhSachTreHanProcess {

  public static final String KEY = "danh-sach-tre-han";

  /** Calls this process at 07:30 on the first working day of each month, for the previous month. */
  public static final String KEY_MONTHLY = "danh-sach-tre-han-dau-thang";

  public static final String START_FORM = "StartEvent_KhoiTao";
  public static final String TASK_ASSEMBLE = "ServiceTask_LapDanhSach";
  public static final String GATEWAY_ANY_LATE = "Gateway_CoTreHan";
  /** One unit's explanation, a case of its own: a unit's officers read every variable of a case they have a task in. */
  public static final String KEY_EXPLANATION = "danh-sach-tre-han-giai-trinh";
  /** Calls {@link #KEY_EXPLANATION} once per unit with late rows. */
  public static final String CALL_EXPLAIN = "CallActivity_GiaiTrinh";
  /** The unit's task, in its {@link #KEY_EXPLANATION} case. */
  public static final String TASK_EXPLAIN = "UserTask_GiaiTrinh";
  public static final String TIMER_EXPLAIN_DUE = "BoundaryEvent_HetHanGiaiTrinh";
  public static final String TASK_PUBLISH = "UserTask_CongBo";
  public static final String TASK_EXPORT = "ServiceTask_XuatDanhSach";
  public static final String END_PUBLISHED = "EndEvent_DaCongBo";

  /** Publishes the list: the Văn phòng Sở, đầu mối KSTTHC (seed 004 PL§3 r4). */
  public static final String ROLE_PUBLISHER = "dau-moi-kstthc";

  /** The month listed, {@code yyyy-MM}: chosen in the start form, the previous month for the timer. */
  public static final ProcessVariable<String> THANG = ProcessVariable.of("thang", String.class);
  /** The month as officers read it: "11/2026". */
  public static final ProcessVariable<String> TIEU_DE = ProcessVariable.of("tieuDe", String.class);
  public static final ProcessVariable<Boolean> CO_TRE_HAN = ProcessVariable.of("coTreHan", Boolean.class);
  /** Units explain by then (a Date): the working day before {@link #HAN_CONG_BO}. */
  public static final String HAN_GIAI_TRINH = "hanGiaiTrinh";
  /** The Văn phòng publishes by then (a Date): the 5th, or 2 working days after a late start. */
  public static final String HAN_CONG_BO = "hanCongBo";
  /**
   * Every late row of the month with its cause (JSON), local to the Văn phòng's publication task.
   * The list as assembled is kept in {@code kstthc_late_list_case}, never in a variable of the
   * case: every officer with a task in the case reads the case's variables.
   */
  public static final String TRE_HAN = "treHan";
  /** Per unit: work judged, late, rate, flag (JSON), local to the publication task ({@code kstthc_late_list_rate}). */
  public static final String TONG_HOP = "tongHopDonVi";
  /** The options of the cause field: the controlled list, as the form's {@code valuesKey}. */
  public static final String NGUYEN_NHAN_OPTIONS = "danhMucNguyenNhan";
  /** In a unit's explanation case: the list it explains (the id of the danh-sach-tre-han case). */
  public static final ProcessVariable<String> DANH_SACH = ProcessVariable.of("danhSach", String.class);
  /** Element variable of the multi-instance: the unit explaining. */
  public static final String DON_VI = "donVi";
  /** A unit's rows in its explanation case, with the columns it fills: nguyenNhan, giaiTrinh. */
  public static final String TRUONG_HOP = "truongHop";
  /** What the public page shows of the published list (JSON): see {@code LateListSteps.PUBLIC_COLUMNS}. */
  public static final String CONG_KHAI = "danhSachCongKhai";
  /** The published workbook (a file variable). */
  public static final String TEP_DANH_SACH = "tepDanhSach";
  /** The published list as a printable PDF (a file variable). */
  public static final String TEP_DANH_SACH_PDF = "tepDanhSachPdf";

  /** What the list says of a case its unit did not explain by the deadline. */
  public static final String KHONG_CO_GIAI_TRINH = "Không có giải trình";

  /** Whether a process is the late list's own (the list, a unit's explanation): not late work to list. */
  public static boolean isLateList(String processKey) {
    return KEY.equals(processKey) || KEY_EXPLANATION.equals(processKey);
  }

  private DanhSachTreHanProcess() {}
}
