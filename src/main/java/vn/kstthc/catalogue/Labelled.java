package vn.kstthc.catalogue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A constant with the Vietnamese label officers write in files and read on screen. */
public interface Labelled {

  String label();

  /** The constant whose label or name is {@code text} (case and Unicode form ignored), or null. */
  static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text) {
    String wanted = normal(text);
    for (E constant : type.getEnumConstants()) {
      if (normal(constant.label()).equals(wanted) || constant.name().equalsIgnoreCase(wanted)) {
        return constant;
      }
    }
    return null;
  }

  /** The labels, for an error message: {@code 'tỉnh', 'xã'}. */
  static <E extends Enum<E> & Labelled> String choices(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> "'" + c.label() + "'").collect(Collectors.joining(", "));
  }

  private static String normal(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
