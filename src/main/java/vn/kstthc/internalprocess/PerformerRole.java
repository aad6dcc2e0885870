package vn.kstthc.internalprocess;

import vn.kstthc.catalogue.Coded;

/**
 * What a performer does in a step of an internal process: the columns "Cơ quan chủ trì", "Cơ quan
 * phối hợp" of the plans (seed 004 PL§5 r12), and bodies only asked for an opinion.
 */
public enum PerformerRole implements Coded {
  CHU_TRI("chu-tri", "chủ trì"),
  PHOI_HOP("phoi-hop", "phối hợp"),
  THAM_GIA_Y_KIEN("tham-gia-y-kien", "tham gia ý kiến");

  private final String code;
  private final String label;

  PerformerRole(String code, String label) {
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

  /** The role whose code is {@code code}, or null. */
  public static PerformerRole ofCode(String code) {
    return Coded.byCode(PerformerRole.class, code);
  }
}
