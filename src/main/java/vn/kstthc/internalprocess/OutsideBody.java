package vn.kstthc.internalprocess;

import vn.kstthc.catalogue.Coded;

/**
 * Bodies outside the Sở that perform steps of an internal process without being groups of the
 * organisation file: the fixed list officers choose from (the "outside body").
 */
public enum OutsideBody implements Coded {
  TRUNG_TAM_PHUC_VU_HCC("ngoai:trung-tam-phuc-vu-hanh-chinh-cong", "Trung tâm Phục vụ hành chính công tỉnh"),
  SO_NGANH_KHAC("ngoai:so-nganh-khac", "Sở, ngành khác"),
  UBND_XA("ngoai:ubnd-xa", "UBND xã"),
  VP_UBND_TINH("ngoai:van-phong-ubnd-tinh", "Văn phòng UBND tỉnh");

  private final String code;
  private final String label;

  OutsideBody(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  /** The body whose code is {@code code}, or null. */
  public static OutsideBody ofCode(String code) {
    return Coded.byCode(OutsideBody.class, code);
  }
}
