package vn.kstthc.assignment;

import vn.kstthc.platform.ProcessVariable;

/**
 * "Giao và theo dõi nhiệm vụ" ({@code processes/giao-viec.bpmn}): the Văn phòng assigns a task to a
 * unit with a deadline, the unit reports the result, the Văn phòng accepts it or returns it.
 * Ids and variables of the BPMN, declared once.
 */
public final class GiaoViecProcess {

  public static final String KEY = "giao-viec";

  public static final String START_EVENT = "StartEvent_TaskAssigned";
  public static final String TASK_REPORT_RESULT = "UserTask_ReportResult";
  public static final String TASK_CONFIRM_RESULT = "UserTask_ConfirmResult";
  public static final String GATEWAY_RESULT_ACCEPTED = "Gateway_ResultAccepted";
  public static final String END_EVENT = "EndEvent_TaskCompleted";

  /** Văn phòng Sở confirms results. */
  public static final String GROUP_VAN_PHONG = "van-phong-so";

  public static final ProcessVariable<String> TIEU_DE = ProcessVariable.of("tieuDe", String.class);
  public static final ProcessVariable<String> NOI_DUNG = ProcessVariable.of("noiDung", String.class);
  /** Candidate group of the unit in charge, chosen in the start form. */
  public static final ProcessVariable<String> DON_VI_CHU_TRI =
      ProcessVariable.of("donViChuTri", String.class);
  /** ISO date (yyyy-MM-dd) from the start form's date field. */
  public static final ProcessVariable<String> HAN_HOAN_THANH =
      ProcessVariable.of("hanHoanThanh", String.class);
  public static final ProcessVariable<String> NGUOI_GIAO =
      ProcessVariable.of("nguoiGiao", String.class);
  public static final ProcessVariable<String> KET_QUA = ProcessVariable.of("ketQua", String.class);
  /** {@link #KET_LUAN_DAT} or {@link #KET_LUAN_TRA_LAI}, read by the gateway. */
  public static final ProcessVariable<String> KET_LUAN = ProcessVariable.of("ketLuan", String.class);
  public static final ProcessVariable<String> Y_KIEN_XAC_NHAN =
      ProcessVariable.of("yKienXacNhan", String.class);

  public static final String KET_LUAN_DAT = "dat";
  public static final String KET_LUAN_TRA_LAI = "tra-lai";

  private GiaoViecProcess() {}
}
