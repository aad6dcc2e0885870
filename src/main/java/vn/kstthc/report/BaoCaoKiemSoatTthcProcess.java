package vn.kstthc.report;

import vn.kstthc.platform.ProcessVariable;

/** "Báo cáo kiểm soát TTHC định kỳ" ({@code processes/bao-cao-kiem-soat-tthc.bpmn}): ids and variables, declared once. */
public final class BaoCaoKiemSoatTthcProcess {

  public static final String KEY = "bao-cao-kiem-soat-tthc";

  /** Calls this process for each report type the day after each of its periods ends. */
  public static final String KEY_TIMER = "bao-cao-kiem-soat-tthc-dinh-ky";

  public static final String START_FORM = "StartEvent_KhoiTao";
  public static final String TASK_OPEN = "ServiceTask_LapKyBaoCao";
  public static final String TASK_UNIT = "UserTask_DonViBaoCao";
  public static final String TASK_CONSOLIDATE = "UserTask_TongHop";
  public static final String TASK_SIGN = "UserTask_LanhDaoKy";
  public static final String TASK_FREEZE = "ServiceTask_LuuBaoCaoDaKy";
  public static final String TASK_CONFIRM = "UserTask_XacNhanNhapHeThong";
  public static final String END_DONE = "EndEvent_DaBaoCao";

  /** The start form by hand, refused for a report already in progress by {@link ReportStartFormRule}. */
  public static final String FORM_START = "bao-cao-kiem-soat-tthc-khoi-tao";
  /** The form of a unit's part, held to the form's identities by {@link UnitPartFormRule}. */
  public static final String FORM_UNIT = "bao-cao-kiem-soat-tthc-don-vi";

  /** Consolidates, returns a unit's part, confirms the entry: the Văn phòng Sở (seed 000 III.1). */
  public static final String ROLE_CONSOLIDATOR = "dau-moi-kstthc";

  /** The report type's id (reports/loai-bao-cao.yaml): chosen in the start form, given by the timer. */
  public static final ProcessVariable<String> LOAI = ProcessVariable.of("loaiBaoCao", String.class);
  /** A day in the period (yyyy-MM-dd): chosen in the start form; the timer leaves it out (the period just ended). */
  public static final ProcessVariable<String> NGAY_TRONG_KY = ProcessVariable.of("ngayTrongKy", String.class);
  public static final ProcessVariable<String> TIEU_DE = ProcessVariable.of("tieuDe", String.class);
  /** The period's first and last day (yyyy-MM-dd), fixed when the report opens. */
  public static final ProcessVariable<String> KY_TU = ProcessVariable.of("kyTu", String.class);
  public static final ProcessVariable<String> KY_DEN = ProcessVariable.of("kyDen", String.class);
  /** The reporting units (JSON array of group ids), fixed when the report opens. */
  public static final String DON_VI_BAO_CAO = "donViBaoCao";
  /** The same as the options of the return field ({label, value}). */
  public static final String DON_VI_LUA_CHON = "donViLuaChon";
  /** Each unit's part (JSON): donVi, tenDonVi, trangThai, thuyetMinh, nguoiNop; gathered when the Văn phòng's task opens. */
  public static final String PHAN_DON_VI = "phanDonVi";
  /** A unit's submitted part (JSON: trangThai, thuyetMinh, nguoiNop), one variable per unit. */
  public static String partOf(String unit) {
    return PHAN_DON_VI + "_" + unit;
  }
  /** The due dates (Dates): units, Văn phòng, Lãnh đạo, the Sở's report. */
  public static final String HAN_DON_VI = "hanDonVi";
  public static final String HAN_TONG_HOP = "hanTongHop";
  public static final String HAN_KY = "hanKy";
  public static final String HAN_BAO_CAO = "hanBaoCao";

  /** Element variable of the multi-instance: the unit reporting. */
  public static final String DON_VI = "donVi";
  /** In a unit's task (local): its figures (rows of the form), what does not add up, its narrative. */
  public static final String SO_LIEU = "soLieu";
  public static final String LOI_SO_LIEU = "loiSoLieu";
  public static final String THUYET_MINH = "thuyetMinh";
  /**
   * In a unit's task (local): its late cases of the period (JSON rows: id and nguon name the case as
   * {@link vn.kstthc.lateness.LateCaseRef}; nguyenNhan, giaiTrinh its explanation), and whether it has any.
   */
  public static final String TRE_HAN = "treHan";
  public static final String CO_TRE_HAN = "coTreHan";
  /**
   * In a unit's task (local): the late cases it was given when it was created (the rows of {@link
   * #TRE_HAN} as they were), the ones its submission must explain. No form writes it; a task created
   * before it existed (a report running at the upgrade, whose form has no late list) has none and
   * explains nothing.
   */
  public static final String TRE_HAN_CAN_GIAI_TRINH = "treHanCanGiaiTrinh";
  /** A late row's columns: where the case is recorded ({@link vn.kstthc.lateness.LateCaseRef.Source}), the cause's code, the unit's line. */
  public static final String NGUON = "nguon";
  public static final String NGUYEN_NHAN = "nguyenNhan";
  public static final String GIAI_TRINH = "giaiTrinh";
  /** The controlled list of late causes offered ({label, value}), fixed when the report opens. */
  public static final String DANH_MUC_NGUYEN_NHAN = "danhMucNguyenNhan";
  /** In the consolidation: the Sở's figures, every reporting unit together. */
  public static final String SO_LIEU_TONG_HOP = "soLieuTongHop";

  /** The Văn phòng's decision: {@link #DAT} or {@link #TRA_LAI} with a unit and a reason. */
  public static final ProcessVariable<String> KET_LUAN_TONG_HOP = ProcessVariable.of("ketLuanTongHop", String.class);
  public static final ProcessVariable<String> DON_VI_TRA_LAI = ProcessVariable.of("donViTraLai", String.class);
  public static final ProcessVariable<String> LY_DO_TRA_LAI = ProcessVariable.of("lyDoTraLai", String.class);
  /** Lãnh đạo Sở's decision: {@link #KY} or {@link #TRA_LAI} with a reason. */
  public static final ProcessVariable<String> KET_LUAN_KY = ProcessVariable.of("ketLuanKy", String.class);
  public static final ProcessVariable<String> LY_DO_LANH_DAO_TRA_LAI = ProcessVariable.of("lyDoLanhDaoTraLai", String.class);
  public static final String DAT = "dat";
  public static final String KY = "ky";
  public static final String TRA_LAI = "tra-lai";

  /** Who signed (user id), and the snapshots frozen at signing (ids, comma separated). */
  public static final ProcessVariable<String> NGUOI_KY = ProcessVariable.of("nguoiKy", String.class);
  public static final ProcessVariable<String> BAO_CAO_DA_KY = ProcessVariable.of("baoCaoDaKy", String.class);
  /** The officer's confirmation that the report was entered in the national reporting system. */
  public static final ProcessVariable<Boolean> DA_NHAP_HE_THONG = ProcessVariable.of("daNhapHeThong", Boolean.class);

  private BaoCaoKiemSoatTthcProcess() {}
}
