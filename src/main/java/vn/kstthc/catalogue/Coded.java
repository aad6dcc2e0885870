package vn.kstthc.catalogue;

/** A labelled constant that forms and files also write as a short code ({@code chu-tri}). */
public interface Coded extends Labelled {

  /** The value a form submits. */
  String code();

  /** The constant whose code is {@code code}, or null. */
  static <E extends Enum<E> & Coded> E byCode(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return constant;
      }
    }
    return null;
  }
}
