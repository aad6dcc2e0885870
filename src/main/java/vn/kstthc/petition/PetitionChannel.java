package vn.kstthc.petition;

import java.util.Arrays;

/** How a petition reached the Sở; {@link #value()} is what forms and the intake API write. */
public enum PetitionChannel {
  VAN_BAN("van-ban", "Văn bản, thư gửi đến"),
  DIEN_THOAI("dien-thoai", "Điện thoại, đường dây nóng"),
  HOP_THU("hop-thu", "Hộp thư điện tử chính thức"),
  HE_THONG_PAKN("he-thong-pakn", "Hệ thống tiếp nhận phản ánh, kiến nghị của Chính phủ"),
  VP_UBND_TINH("vp-ubnd-tinh", "Văn phòng UBND tỉnh chuyển đến");

  private final String value;
  private final String label;

  PetitionChannel(String value, String label) {
    this.value = value;
    this.label = label;
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public static PetitionChannel of(String value) {
    return Arrays.stream(values())
        .filter(c -> c.value.equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Kênh tiếp nhận không hợp lệ: " + value));
  }
}
