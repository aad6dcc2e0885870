package vn.kstthc.procedure;

import vn.kstthc.platform.ProcessVariable;

/**
 * The variables every procedure's case carries, by convention, so that officers tell cases apart in
 * Tasklist, in mails and in reports: declared once here, never written as literals elsewhere.
 */
public final class CaseVariables {

  /** Case number (mã hồ sơ), e.g. GV-2026-0001; also the instance's business key. */
  public static final ProcessVariable<String> MA_SO_HO_SO = ProcessVariable.of("maSoHoSo", String.class);
  /** The case's title, from the start form. */
  public static final ProcessVariable<String> TIEU_DE = ProcessVariable.of("tieuDe", String.class);
  /** The procedure's name (the process's name). */
  public static final ProcessVariable<String> TEN_THU_TUC = ProcessVariable.of("tenThuTuc", String.class);

  /**
   * Process extension property (Modeler: process → Extension properties) naming the prefix of the
   * procedure's case numbers, e.g. {@code GV}. A process without it gets no case number.
   */
  public static final String CASE_NUMBER_PREFIX_PROPERTY = "maSoHoSo.tienTo";

  /**
   * Process extension property naming what the title is, as mails label it: e.g. {@code Nhiệm vụ}
   * for an assignment, whose title is a task given to a unit, not a dossier. Without it the title
   * is labelled "Tiêu đề", as in Tasklist's column.
   */
  public static final String TITLE_LABEL_PROPERTY = "tieuDe.nhan";

  private CaseVariables() {}
}
