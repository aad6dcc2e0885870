package vn.kstthc.publication;

import vn.kstthc.platform.ProcessVariable;

/**
 * "Công khai thủ tục hành chính" ({@code processes/cong-khai-tthc.bpmn}): started by {@link
 * CongBoTthcProcess} when the chair signs; the national TTHC database, then the provincial portal
 * and TTHC information system, then the Sở's portal, and the posting at the office. Ids and
 * variables of the BPMN, declared once.
 */
public final class CongKhaiTthcProcess {

  public static final String KEY = "cong-khai-tthc";

  public static final String START_EVENT = "StartEvent_DecisionSigned";
  public static final String SERVICE_INTERNAL_PROCESS = "ServiceTask_RequestInternalProcess";
  public static final String TASK_NATIONAL_DATABASE = "UserTask_NationalDatabase";
  public static final String TASK_PROVINCIAL_PORTAL = "UserTask_ProvincialPortal";
  public static final String TASK_DEPARTMENT_PORTAL = "UserTask_DepartmentPortal";
  public static final String GATEWAY_INTERNAL_TTHC = "Gateway_InternalTthc";
  public static final String TASK_POST_AT_OFFICE = "UserTask_PostAtOffice";
  public static final String END_EVENT = "EndEvent_Public";

  // given by cong-bo-tthc at its start
  public static final ProcessVariable<String> TIEU_DE = CongBoTthcProcess.TIEU_DE;
  public static final ProcessVariable<String> MA_SO_HO_SO_CONG_BO = ProcessVariable.of("maSoHoSoCongBo", String.class);
  public static final ProcessVariable<String> SO_QUYET_DINH = CongBoTthcProcess.SO_QUYET_DINH;
  /** ISO date of signing: the dossier's deadline counts from it ({@code hanXuLyTinhTu}). */
  public static final ProcessVariable<String> NGAY_KY = CongBoTthcProcess.NGAY_KY;
  public static final ProcessVariable<String> MA_QUYET_DINH = CongBoTthcProcess.MA_QUYET_DINH;
  public static final ProcessVariable<Boolean> TTHC_NOI_BO = CongBoTthcProcess.TTHC_NOI_BO;
  /** The decision's TTHC, one line each ("1.001234 – mới – Tên"), for the officers' forms. */
  public static final ProcessVariable<String> DANH_SACH_TTHC = CongBoTthcProcess.TOM_TAT_TTHC;
  /** Codes of the new, amended and replaced TTHC, comma-separated: they need an internal process. */
  public static final ProcessVariable<String> MA_TTHC_CAN_QUY_TRINH = ProcessVariable.of("maTthcCanQuyTrinh", String.class);

  // the internal-process seam (InternalProcessRequest)
  public static final String PROCESS_INTERNAL_APPROVAL = "phe-duyet-quy-trinh-noi-bo";
  /** {@link #QUY_TRINH_DA_KHOI_TAO}, {@link #QUY_TRINH_CHUA_CO} or {@link #QUY_TRINH_KHONG_CAN}. */
  public static final ProcessVariable<String> QUY_TRINH_NOI_BO = ProcessVariable.of("quyTrinhNoiBo", String.class);
  public static final ProcessVariable<String> HO_SO_QUY_TRINH_NOI_BO =
      ProcessVariable.of("hoSoQuyTrinhNoiBo", String.class);
  public static final String QUY_TRINH_DA_KHOI_TAO = "da-khoi-tao";
  public static final String QUY_TRINH_CHUA_CO = "chua-co-quy-trinh";
  public static final String QUY_TRINH_KHONG_CAN = "khong-can";

  // officers' confirmations
  public static final ProcessVariable<Boolean> DA_CONG_KHAI_CSDL = ProcessVariable.of("daCongKhaiCsdlQuocGia", Boolean.class);
  public static final ProcessVariable<String> MA_CSDL = ProcessVariable.of("maCsdlQuocGia", String.class);
  public static final ProcessVariable<Boolean> DA_DANG_CONG_TINH = ProcessVariable.of("daDangCongTinh", Boolean.class);
  public static final ProcessVariable<String> DUONG_DAN_CONG_TINH = ProcessVariable.of("duongDanCongTinh", String.class);
  public static final ProcessVariable<Boolean> DA_DANG_CONG_SO = ProcessVariable.of("daDangCongSo", Boolean.class);
  public static final ProcessVariable<String> DUONG_DAN_CONG_SO = ProcessVariable.of("duongDanCongSo", String.class);
  public static final ProcessVariable<Boolean> DA_NIEM_YET = ProcessVariable.of("daNiemYet", Boolean.class);
  public static final ProcessVariable<String> NOI_NIEM_YET = ProcessVariable.of("noiNiemYet", String.class);

  private CongKhaiTthcProcess() {}
}
