package vn.kstthc.internalprocess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import vn.kstthc.platform.ProcessVariable;

/**
 * "Phê duyệt quy trình nội bộ giải quyết TTHC" ({@code processes/phe-duyet-quy-trinh-noi-bo.bpmn}):
 * the owning units draft the internal processes of the TTHC of a publication decision (in
 * parallel, one task per unit), communes are consulted if asked, the Văn phòng Sở checks, the Lãnh
 * đạo Sở and the Văn phòng UBND tỉnh review, the chair approves. Ids and variables of the BPMN.
 */
public final class PheDuyetQuyTrinhNoiBoProcess {

  public static final String KEY = "phe-duyet-quy-trinh-noi-bo";

  public static final String START_EVENT = "StartEvent_KhoiTao";
  public static final String GATEWAY_CONSULT_COMMUNES = "Gateway_LayYKienCapXa";
  public static final String TASK_SET_15_DAYS = "ServiceTask_DatHan15Ngay";
  public static final String TASK_DRAFT = "UserTask_SoanThao";
  public static final String GATEWAY_COMMUNES_NOT_YET_ASKED = "Gateway_CanLayYKienXa";
  public static final String SUBPROCESS_COMMUNE = "SubProcess_LayYKienXa";
  public static final String TASK_COMMUNE_OPINION = "UserTask_GopYCapXa";
  public static final String TIMER_COMMUNE_DEADLINE = "Timer_HetHanGopY";
  public static final String END_COMMUNE_SILENT = "EndEvent_KhongCoYKien";
  public static final String TASK_CHECK_OFFICE = "UserTask_KiemTraVanPhong";
  public static final String TASK_REVIEW_DIRECTOR = "UserTask_LanhDaoSo";
  public static final String TASK_REVIEW_PROVINCE_OFFICE = "UserTask_VanPhongUbndTinh";
  public static final String TASK_APPROVE_CHAIR = "UserTask_ChuTichPheDuyet";
  public static final String TASK_RECORD_APPROVAL = "ServiceTask_GhiQuyTrinhPheDuyet";
  public static final String END_EVENT = "EndEvent_DaPheDuyet";

  /** The drafting task's Camunda Form ({@code forms/phe-duyet-quy-trinh-noi-bo/soan-thao.form}). */
  public static final String FORM_DRAFT = "phe-duyet-quy-trinh-noi-bo-soan-thao";

  /** Case title. */
  public static final ProcessVariable<String> TIEU_DE = ProcessVariable.of("tieuDe", String.class);
  /** Why it is drafted: one of the {@code LY_DO_*} values. */
  public static final ProcessVariable<String> LY_DO_XAY_DUNG = ProcessVariable.of("lyDoXayDung", String.class);
  public static final ProcessVariable<String> SO_QUYET_DINH_CONG_BO =
      ProcessVariable.of("soQuyetDinhCongBo", String.class);
  /** ISO date of the publication decision: the 10 (15) working days count from it ({@code hanXuLyTinhTu}). */
  public static final ProcessVariable<String> NGAY_QUYET_DINH_CONG_BO =
      ProcessVariable.of("ngayQuyetDinhCongBo", String.class);
  /** The TTHC codes concerned, as the Văn phòng wrote them (for officers to read). */
  public static final ProcessVariable<String> MA_TTHC = ProcessVariable.of("maTthc", String.class);
  /** The owning units that draft: a JSON list of group ids (the start form's tag list). */
  public static final String DON_VI_SOAN_THAO = "donViSoanThao";
  public static final ProcessVariable<Boolean> LAY_Y_KIEN_CAP_XA =
      ProcessVariable.of("layYKienCapXa", Boolean.class);
  /** Element of the drafting multi-instance: the unit of this task. */
  public static final ProcessVariable<String> DON_VI = ProcessVariable.of("donVi", String.class);
  /** Element of the commune multi-instance. */
  public static final ProcessVariable<String> XA = ProcessVariable.of("xa", String.class);
  /** A unit's rows (task-local, the drafting form's dynamic list). */
  public static final String BUOC_XU_LY = "buocXuLy";
  /**
   * All units' rows, each with {@link #DON_VI_SOAN_THAO_COT}: what later steps read and approve.
   * Its forms mark the whole dynamic list read-only, not only its columns: the form contract then
   * accepts it back from Tasklist only unchanged and never writes it.
   */
  public static final String BUOC_XU_LY_TONG_HOP = "buocXuLyTongHop";
  /** Column of {@link #BUOC_XU_LY_TONG_HOP}: the unit that drafted the row. */
  public static final String DON_VI_SOAN_THAO_COT = "donViSoanThao";
  /** A commune's opinion (task-local). */
  public static final ProcessVariable<String> Y_KIEN_CAP_XA = ProcessVariable.of("yKienCapXa", String.class);
  /** The communes' opinions, one paragraph per commune, "không có ý kiến" for the silent. */
  public static final ProcessVariable<String> Y_KIEN_CAC_XA = ProcessVariable.of("yKienCacXa", String.class);
  /** Each check's conclusion: {@link #KET_LUAN_DAT} or {@link #KET_LUAN_TRA_LAI}. */
  public static final ProcessVariable<String> KET_LUAN = ProcessVariable.of("ketLuan", String.class);
  public static final ProcessVariable<String> LY_DO_TRA_LAI = ProcessVariable.of("lyDoTraLai", String.class);
  /** Who returned the draft, set by the returning task's output mapping. */
  public static final ProcessVariable<String> NOI_TRA_LAI = ProcessVariable.of("noiTraLai", String.class);
  public static final ProcessVariable<String> SO_QUYET_DINH_PHE_DUYET =
      ProcessVariable.of("soQuyetDinhPheDuyet", String.class);
  /** ISO date of the approving decision. */
  public static final ProcessVariable<String> NGAY_PHE_DUYET = ProcessVariable.of("ngayPheDuyet", String.class);

  public static final String KET_LUAN_DAT = "dat";
  public static final String KET_LUAN_TRA_LAI = "tra-lai";

  public static final String LY_DO_CONG_BO = "cong-bo";
  public static final String LY_DO_PHI_DIA_GIOI = "phi-dia-gioi";
  public static final String LY_DO_TRUC_TUYEN = "truc-tuyen";
  public static final String LY_DO_TAI_CAU_TRUC = "tai-cau-truc";

  /** What {@link #Y_KIEN_CAC_XA} records for a commune that did not answer in time. */
  public static final String KHONG_CO_Y_KIEN = "không có ý kiến";

  private PheDuyetQuyTrinhNoiBoProcess() {}

  /**
   * The variables of a start, as the start form submits them: the seam for cong-khai-tthc, which
   * starts one instance per signed publication decision with
   * {@code runtimeService.startProcessInstanceByKey(KEY, startVariables(...))} (the case number and
   * the dossier deadline are then set as for a start by hand).
   *
   * @param decisionDate ISO date (yyyy-MM-dd) of the publication decision
   * @param units the owning units of the decision's TTHC
   */
  public static Map<String, Object> startVariables(String title, String decisionNumber, String decisionDate,
      String tthcCodes, List<String> units, boolean consultCommunes) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(TIEU_DE.name(), title);
    variables.put(LY_DO_XAY_DUNG.name(), LY_DO_CONG_BO);
    variables.put(SO_QUYET_DINH_CONG_BO.name(), decisionNumber);
    variables.put(NGAY_QUYET_DINH_CONG_BO.name(), decisionDate);
    variables.put(MA_TTHC.name(), tthcCodes);
    variables.put(DON_VI_SOAN_THAO, Spin.JSON(units));
    variables.put(LAY_Y_KIEN_CAP_XA.name(), consultCommunes);
    return variables;
  }
}
