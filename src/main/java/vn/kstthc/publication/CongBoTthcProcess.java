package vn.kstthc.publication;

import vn.kstthc.platform.ProcessVariable;

/**
 * "Công bố thủ tục hành chính" ({@code processes/cong-bo-tthc.bpmn}): from a ministry's publication
 * decision (or a provincial document with TTHC) to the chair's signed decision, which changes the
 * catalogue and starts {@link CongKhaiTthcProcess}. Ids and variables of the BPMN, declared once.
 */
public final class CongBoTthcProcess {

  public static final String KEY = "cong-bo-tthc";

  public static final String START_EVENT = "StartEvent_SourceKnown";
  public static final String TASK_DRAFT = "UserTask_DraftDecision";
  public static final String SERVICE_CHECK_LIST = "ServiceTask_CheckList";
  public static final String ERROR_LIST_MISMATCH = "BoundaryEvent_ListMismatch";
  public static final String GATEWAY_CONSULT = "Gateway_ConsultCommunes";
  public static final String SUBPROCESS_COMMUNE = "SubProcess_CommuneOpinion";
  public static final String TASK_COMMUNE_OPINION = "UserTask_CommuneOpinion";
  public static final String TIMER_NO_OPINION = "BoundaryEvent_NoOpinionInTime";
  public static final String TASK_INCORPORATE = "UserTask_IncorporateOpinions";
  public static final String TASK_QUALITY_CHECK = "UserTask_QualityCheck";
  public static final String TASK_SIGN_SUBMISSION = "UserTask_SignSubmission";
  public static final String TASK_PROVINCE_CHECK = "UserTask_ProvinceCheck";
  public static final String TASK_CHAIR_SIGNS = "UserTask_ChairSigns";
  public static final String SERVICE_RECORD_DECISION = "ServiceTask_RecordDecision";
  public static final String SERVICE_START_PUBLICITY = "ServiceTask_StartPublicity";
  public static final String ERROR_CATALOGUE_REFUSED = "BoundaryEvent_CatalogueRefused";
  public static final String TASK_RECONCILE_CATALOGUE = "UserTask_ReconcileCatalogue";
  public static final String END_EVENT = "EndEvent_DecisionSigned";

  // start form
  public static final ProcessVariable<String> TIEU_DE = ProcessVariable.of("tieuDe", String.class);
  /** {@link #LOAI_CONG_BO_TTHC} or {@link #LOAI_CONG_BO_DANH_MUC}. */
  public static final ProcessVariable<String> LOAI_QUYET_DINH = ProcessVariable.of("loaiQuyetDinh", String.class);
  /** {@link #NGUON_QUYET_DINH_BO} or {@link #NGUON_VAN_BAN_TINH}. */
  public static final ProcessVariable<String> LOAI_VAN_BAN_NGUON = ProcessVariable.of("loaiVanBanNguon", String.class);
  public static final ProcessVariable<String> SO_VAN_BAN_NGUON = ProcessVariable.of("soVanBanNguon", String.class);
  /** ISO dates (yyyy-MM-dd) from the start form's date fields. */
  public static final ProcessVariable<String> NGAY_BAN_HANH_VAN_BAN = ProcessVariable.of("ngayBanHanhVanBan", String.class);
  public static final ProcessVariable<String> NGAY_CO_HIEU_LUC = ProcessVariable.of("ngayCoHieuLuc", String.class);
  public static final ProcessVariable<String> NGAY_BIET_VAN_BAN = ProcessVariable.of("ngayBietVanBan", String.class);
  /** TTHC nội bộ (between state bodies): no internal process and no posting at the one-stop desk. */
  public static final ProcessVariable<Boolean> TTHC_NOI_BO = ProcessVariable.of("tthcNoiBo", Boolean.class);
  /** Group id of the drafting unit, chosen in the start form among the role giai-quyet-tthc. */
  public static final ProcessVariable<String> DON_VI_SOAN_THAO = ProcessVariable.of("donViSoanThao", String.class);
  public static final ProcessVariable<String> NGUOI_KHOI_TAO = ProcessVariable.of("nguoiKhoiTao", String.class);

  // computed at the start (PublicationDeadlines): ISO dates, due at 17:30 that day
  /**
   * The dossier's deadline: the chair signs by then. A copy, read only by expressions: the fixed one
   * is in kstthc_deadline_outcome, and an extension (DossierDeadlines) replaces the text with a Date.
   */
  public static final ProcessVariable<String> HAN_XU_LY_HO_SO = ProcessVariable.of("hanXuLyHoSo", String.class);
  /** The Sở submits (Lãnh đạo Sở signs the Tờ trình) by then. */
  public static final ProcessVariable<String> HAN_TRINH_CUA_SO = ProcessVariable.of("hanTrinhCuaSo", String.class);

  // drafting
  /** Dynamic list of rows {maTthc, tenTthc, loaiThayDoi, linhVuc, capThucHien, dichVuCong}. */
  public static final String DANH_SACH_TTHC = "danhSachTthc";
  /** The list, one line per TTHC, for the forms that show it (ListSummaryListener). */
  public static final ProcessVariable<String> TOM_TAT_TTHC = ProcessVariable.of("tomTatTthc", String.class);
  public static final ProcessVariable<String> DU_THAO = ProcessVariable.of("duThaoQuyetDinh", String.class);
  public static final ProcessVariable<Boolean> LAY_Y_KIEN_XA = ProcessVariable.of("layYKienXa", Boolean.class);
  public static final ProcessVariable<String> HAN_GOP_Y_XA = ProcessVariable.of("hanGopYXa", String.class);

  // communes: one sub-process per commune of the role cap-xa
  public static final String ROLE_COMMUNES = "cap-xa";
  /** The commune (group id) of one sub-process instance. */
  public static final ProcessVariable<String> XA = ProcessVariable.of("xa", String.class);
  /** A commune's answer, local to its sub-process. */
  public static final ProcessVariable<String> Y_KIEN_XA = ProcessVariable.of("yKienXa", String.class);
  /** Every commune's answer, one line each, for the drafting unit. */
  public static final ProcessVariable<String> Y_KIEN_CAC_XA = ProcessVariable.of("yKienCacXa", String.class);
  public static final String KHONG_CO_Y_KIEN = "không có ý kiến (không trả lời đúng hạn)";
  public static final ProcessVariable<String> TIEP_THU_Y_KIEN = ProcessVariable.of("tiepThuYKien", String.class);

  // checks and signatures
  /** {@link #DAT} or {@link #TRA_LAI}, read by the gateway after each check or signature. */
  public static final ProcessVariable<String> KET_QUA_KIEM_TRA = ProcessVariable.of("ketQuaKiemTra", String.class);
  /** Why the drafting unit must redo its draft (Văn phòng Sở, Lãnh đạo Sở, Văn phòng UBND tỉnh). */
  public static final ProcessVariable<String> LY_DO_TRA_LAI = ProcessVariable.of("lyDoTraLai", String.class);
  /** Why the chair sends it back to the Văn phòng UBND tỉnh. */
  public static final ProcessVariable<String> LY_DO_CHU_TICH_TRA_LAI =
      ProcessVariable.of("lyDoChuTichTraLai", String.class);
  public static final ProcessVariable<String> SO_TO_TRINH = ProcessVariable.of("soToTrinh", String.class);
  public static final ProcessVariable<String> SO_QUYET_DINH = ProcessVariable.of("soQuyetDinh", String.class);
  public static final ProcessVariable<String> NGAY_KY = ProcessVariable.of("ngayKy", String.class);
  /** The chair who signed (the officer completing the signature), for the catalogue's history. */
  public static final ProcessVariable<String> NGUOI_KY_QUYET_DINH = ProcessVariable.of("nguoiKyQuyetDinh", String.class);
  /** Why the catalogue refused the signed decision: the Văn phòng Sở reconciles it. */
  public static final ProcessVariable<String> LY_DO_DANH_MUC_TU_CHOI = ProcessVariable.of("lyDoDanhMucTuChoi", String.class);
  public static final ProcessVariable<String> GHI_CHU_DOI_CHIEU = ProcessVariable.of("ghiChuDoiChieu", String.class);
  /** Id of the decision recorded in the catalogue. */
  public static final ProcessVariable<String> MA_QUYET_DINH = ProcessVariable.of("maQuyetDinh", String.class);

  public static final String LOAI_CONG_BO_TTHC = "cong-bo-tthc";
  public static final String LOAI_CONG_BO_DANH_MUC = "cong-bo-danh-muc";
  public static final String NGUON_QUYET_DINH_BO = "quyet-dinh-bo";
  public static final String NGUON_VAN_BAN_TINH = "van-ban-tinh";
  public static final String DAT = "dat";
  public static final String TRA_LAI = "tra-lai";

  private CongBoTthcProcess() {}
}
