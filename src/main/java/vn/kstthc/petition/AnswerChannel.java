package vn.kstthc.petition;

import java.util.Arrays;

/** How the answer goes to the sender ({@code hinhThucTraLoi} of the draft form). */
public enum AnswerChannel {
  EMAIL("email"),
  BUU_CHINH("buu-chinh");

  private final String value;

  AnswerChannel(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static AnswerChannel of(String value) {
    return Arrays.stream(values())
        .filter(c -> c.value.equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Hình thức trả lời không hợp lệ: " + value));
  }
}
