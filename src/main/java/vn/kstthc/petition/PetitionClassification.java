package vn.kstthc.petition;

import java.util.Arrays;

/** The classifier's choice ({@code phanLoai} of the form), read by the process's gateway. */
public enum PetitionClassification {
  /** About administrative regulations or their handling: a unit answers. */
  XU_LY("xu-ly"),
  /** Also about harassment or corruption by an officer: answered, and sent to inspection too. */
  XU_LY_THANH_TRA("xu-ly-thanh-tra"),
  /** Outside the Sở's competence: forwarded within 5 working days and closed. */
  NGOAI_THAM_QUYEN("ngoai-tham-quyen"),
  /** No content, already answered...: closed with a reason. */
  KHONG_XU_LY("khong-xu-ly");

  private final String value;

  PetitionClassification(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static PetitionClassification of(String value) {
    return Arrays.stream(values())
        .filter(c -> c.value.equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Phân loại không hợp lệ: " + value));
  }
}
