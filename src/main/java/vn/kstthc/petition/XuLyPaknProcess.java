package vn.kstthc.petition;

import vn.kstthc.platform.ProcessVariable;

/**
 * "Xử lý phản ánh, kiến nghị" ({@code processes/xu-ly-pakn.bpmn}) and its routing decision ({@code
 * processes/xu-ly-pakn-don-vi.dmn}): ids and variables of the models, declared once.
 */
public final class XuLyPaknProcess {

  public static final String KEY = "xu-ly-pakn";
  /** The DMN decision: field (lĩnh vực) to the unit that drafts the answer. */
  public static final String DECISION_UNIT = "xu-ly-pakn-don-vi";

  public static final String START_EVENT = "StartEvent_PetitionReceived";
  public static final String TASK_RECORD = "ServiceTask_RecordPetition";
  public static final String TASK_SUGGEST_UNIT = "BusinessRuleTask_SuggestUnit";
  public static final String TASK_CLASSIFY = "UserTask_ClassifyPetition";
  public static final String GATEWAY_CLASSIFICATION = "Gateway_Classification";
  public static final String TASK_CLOSE_NOT_HANDLED = "ServiceTask_CloseNotHandled";
  public static final String END_NOT_HANDLED = "EndEvent_NotHandled";
  public static final String TASK_FORWARD = "UserTask_ForwardPetition";
  public static final String TASK_CLOSE_FORWARDED = "ServiceTask_CloseForwarded";
  public static final String END_FORWARDED = "EndEvent_Forwarded";
  public static final String TASK_CHOOSE_UNIT = "ServiceTask_ChooseUnit";
  public static final String GATEWAY_INSPECTION = "Gateway_Inspection";
  public static final String TASK_INSPECTION = "UserTask_InspectionReview";
  public static final String END_INSPECTION = "EndEvent_InspectionReviewed";
  public static final String TASK_DRAFT_ANSWER = "UserTask_DraftAnswer";
  public static final String GATEWAY_OPINION_NEEDED = "Gateway_OpinionNeeded";
  public static final String TASK_GIVE_OPINION = "UserTask_GiveOpinion";
  public static final String TASK_APPROVE_ANSWER = "UserTask_ApproveAnswer";
  public static final String GATEWAY_ANSWER_APPROVED = "Gateway_AnswerApproved";
  public static final String TASK_RECORD_APPROVAL = "ServiceTask_RecordApproval";
  public static final String GATEWAY_ANSWER_CHANNEL = "Gateway_AnswerChannel";
  public static final String TASK_SEND_EMAIL = "ServiceTask_SendAnswerEmail";
  public static final String TASK_RECORD_POST = "UserTask_RecordPostalDispatch";
  public static final String TASK_CLOSE_POST = "ServiceTask_RecordPostSent";
  public static final String GATEWAY_ANSWER_SENT = "Gateway_AnswerSent";
  public static final String TASK_NATIONAL_SYSTEM = "UserTask_RecordNationalSystem";
  public static final String TASK_PUBLISH = "ServiceTask_Publish";
  public static final String END_ANSWERED = "EndEvent_Answered";

  /** Receives and classifies petitions; also records posting and the national system. */
  public static final String ROLE_INTAKE = "tiep-nhan-pakn";
  public static final String ROLE_INSPECTION = "thanh-tra";
  public static final String GROUP_LEADERSHIP = "lanh-dao-so";

  // intake (start form); hoTen, diaChi, dienThoai, email leave the instance once recorded
  public static final ProcessVariable<String> TIEU_DE = ProcessVariable.of("tieuDe", String.class);
  public static final ProcessVariable<String> NOI_DUNG = ProcessVariable.of("noiDung", String.class);
  /** {@link PetitionChannel#value()}. */
  public static final ProcessVariable<String> KENH_TIEP_NHAN = ProcessVariable.of("kenhTiepNhan", String.class);
  public static final ProcessVariable<String> SO_THAM_CHIEU = ProcessVariable.of("soThamChieu", String.class);
  /** Input of the routing DMN. */
  public static final ProcessVariable<String> LINH_VUC = ProcessVariable.of("linhVuc", String.class);
  /** ISO date; the dossier deadline {@code hanXuLyHoSo} counts from it ({@code hanXuLyTinhTu}). */
  public static final ProcessVariable<String> NGAY_TIEP_NHAN = ProcessVariable.of("ngayTiepNhan", String.class);
  public static final ProcessVariable<String> HO_TEN = ProcessVariable.of("hoTen", String.class);
  public static final ProcessVariable<String> DIA_CHI = ProcessVariable.of("diaChi", String.class);
  public static final ProcessVariable<String> DIEN_THOAI = ProcessVariable.of("dienThoai", String.class);
  public static final ProcessVariable<String> EMAIL = ProcessVariable.of("email", String.class);
  /** The officer who submitted the start form (camunda:initiator). */
  public static final ProcessVariable<String> NGUOI_TIEP_NHAN = ProcessVariable.of("nguoiTiepNhan", String.class);

  /** The petition's id in kstthc_petition: the instance holds the reference, the tables the data. */
  public static final ProcessVariable<String> PHAN_ANH_ID = ProcessVariable.of("phanAnhId", String.class);
  /** ISO date, 5 working days after receipt: forwarding deadline (NĐ 20/2008 art. 9.1.d). */
  public static final ProcessVariable<String> HAN_CHUYEN_DON = ProcessVariable.of("hanChuyenDon", String.class);

  // classification
  /** The DMN's unit (a group id). */
  public static final ProcessVariable<String> DON_VI_DE_XUAT = ProcessVariable.of("donViDeXuat", String.class);
  /** {@link PetitionClassification#value()}, read by the gateway. */
  public static final ProcessVariable<String> PHAN_LOAI = ProcessVariable.of("phanLoai", String.class);
  public static final ProcessVariable<String> LY_DO_KHONG_XU_LY = ProcessVariable.of("lyDoKhongXuLy", String.class);
  public static final ProcessVariable<Boolean> DOI_DON_VI = ProcessVariable.of("doiDonVi", Boolean.class);
  public static final ProcessVariable<String> DON_VI_XU_LY_KHAC = ProcessVariable.of("donViXuLyKhac", String.class);
  public static final ProcessVariable<String> LY_DO_DOI_DON_VI = ProcessVariable.of("lyDoDoiDonVi", String.class);
  /** The unit that drafts the answer: the DMN's, or the classifier's override. */
  public static final ProcessVariable<String> DON_VI_XU_LY = ProcessVariable.of("donViXuLy", String.class);

  // outside competence
  public static final ProcessVariable<String> CO_QUAN_CHUYEN_DEN = ProcessVariable.of("coQuanChuyenDen", String.class);
  public static final ProcessVariable<String> SO_VAN_BAN_CHUYEN = ProcessVariable.of("soVanBanChuyen", String.class);

  // inspection
  public static final ProcessVariable<String> KET_QUA_THANH_TRA = ProcessVariable.of("ketQuaThanhTra", String.class);

  // draft, opinions, approval
  public static final ProcessVariable<String> KET_QUA_XAC_MINH = ProcessVariable.of("ketQuaXacMinh", String.class);
  public static final ProcessVariable<String> DU_THAO_TRA_LOI = ProcessVariable.of("duThaoTraLoi", String.class);
  /** {@link AnswerChannel#value()}, read by the gateway. */
  public static final ProcessVariable<String> HINH_THUC_TRA_LOI = ProcessVariable.of("hinhThucTraLoi", String.class);
  public static final ProcessVariable<Boolean> CAN_LAY_Y_KIEN = ProcessVariable.of("canLayYKien", Boolean.class);
  public static final ProcessVariable<String> DON_VI_LAY_Y_KIEN = ProcessVariable.of("donViLayYKien", String.class);
  public static final ProcessVariable<String> NOI_DUNG_LAY_Y_KIEN = ProcessVariable.of("noiDungLayYKien", String.class);
  public static final ProcessVariable<String> Y_KIEN_DON_VI_PHOI_HOP =
      ProcessVariable.of("yKienDonViPhoiHop", String.class);
  /** {@link #PHE_DUYET_DUYET} or {@link #PHE_DUYET_TRA_LAI}, read by the gateway. */
  public static final ProcessVariable<String> PHE_DUYET = ProcessVariable.of("pheDuyet", String.class);
  public static final ProcessVariable<String> Y_KIEN_LANH_DAO = ProcessVariable.of("yKienLanhDao", String.class);

  // sending, national system
  public static final ProcessVariable<String> SO_VAN_BAN_TRA_LOI = ProcessVariable.of("soVanBanTraLoi", String.class);
  public static final ProcessVariable<String> NGAY_GUI_BUU_CHINH = ProcessVariable.of("ngayGuiBuuChinh", String.class);
  public static final ProcessVariable<Boolean> DA_CAP_NHAT_HE_THONG =
      ProcessVariable.of("daCapNhatHeThong", Boolean.class);
  public static final ProcessVariable<String> MA_TREN_HE_THONG = ProcessVariable.of("maTrenHeThong", String.class);
  /** The content as the public page shows it, without the sender's personal data. */
  public static final ProcessVariable<String> TOM_TAT_CONG_KHAI = ProcessVariable.of("tomTatCongKhai", String.class);

  /** Input of the service tasks {@code ${capNhatPhanAnh}}: the {@link PetitionStatus} the step records. */
  public static final ProcessVariable<String> TRANG_THAI = ProcessVariable.of("trangThai", String.class);

  public static final String PHE_DUYET_DUYET = "duyet";
  public static final String PHE_DUYET_TRA_LAI = "tra-lai";

  private XuLyPaknProcess() {}
}
