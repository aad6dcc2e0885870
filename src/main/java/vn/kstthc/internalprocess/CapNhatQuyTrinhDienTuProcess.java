package vn.kstthc.internalprocess;

import vn.kstthc.platform.ProcessVariable;

/**
 * "Cập nhật quy trình điện tử" ({@code processes/cap-nhat-quy-trinh-dien-tu.bpmn}): after the
 * chair approves internal processes, the unit of the role {@code cap-nhat-quy-trinh-dien-tu}
 * configures them as electronic processes in the provincial system within 5 working days of the
 * approval (seed 004 PL§3 r2). Its own instance, started by phe-duyet-quy-trinh-noi-bo at
 * approval, judged by its own deadline.
 */
public final class CapNhatQuyTrinhDienTuProcess {

  public static final String KEY = "cap-nhat-quy-trinh-dien-tu";

  public static final String START_EVENT = "StartEvent_DaPheDuyet";
  public static final String TASK_CONFIGURE = "UserTask_CapNhatQuyTrinhDienTu";
  public static final String END_EVENT = "EndEvent_DaCapNhat";

  /** What was configured where (the electronic process's code, remarks). */
  public static final ProcessVariable<String> KET_QUA_CAP_NHAT = ProcessVariable.of("ketQuaCapNhat", String.class);
  /** ISO date the electronic process went live. */
  public static final ProcessVariable<String> NGAY_CAP_NHAT = ProcessVariable.of("ngayCapNhat", String.class);

  private CapNhatQuyTrinhDienTuProcess() {}
}
