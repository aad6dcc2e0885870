package vn.kstthc.petition;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.kstthc.form.FormContract;

/**
 * Reads a machine intake's JSON into a {@link NewPetition}, or lists every refused field. Text is
 * stored NFC and as written otherwise: HTML or script stays text (every page showing it escapes it).
 */
final class PetitionIntakeValidator {

  /** The options of the intake form's {@code linhVuc}: the routing table's inputs. */
  static final Set<String> FIELDS = PetitionFields.LABELS.keySet();
  static final int MAX_ATTACHMENTS = 20;
  static final long MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;
  /** A reference is an identifier, not text: letters, digits and . _ / - only. */
  static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._/-]{1,100}");
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final List<IntakeProblem> problems = new ArrayList<>();

  private PetitionIntakeValidator() {}

  /** The petition, or {@link IntakeException} with every problem. */
  static NewPetition read(JsonNode body) {
    PetitionIntakeValidator v = new PetitionIntakeValidator();
    if (body == null || !body.isObject()) {
      throw new IntakeException(List.of(new IntakeProblem("", "Nội dung gửi lên phải là một đối tượng JSON.")));
    }
    String channel = v.text(body, "kenhTiepNhan", "Kênh tiếp nhận", true, 20);
    if (channel != null && Arrays.stream(PetitionChannel.values()).noneMatch(c -> c.value().equals(channel))) {
      v.problem("kenhTiepNhan", "Trường 'Kênh tiếp nhận' phải là một trong: "
          + Arrays.stream(PetitionChannel.values()).map(c -> "'" + c.value() + "'").collect(Collectors.joining(", ")) + ".");
    }
    String reference = v.text(body, "soThamChieu", "Số tham chiếu", true, 100);
    if (reference != null && !REFERENCE.matcher(reference).matches()) {
      v.problem("soThamChieu", "Trường 'Số tham chiếu' chỉ gồm chữ cái không dấu, chữ số và các dấu . _ / -.");
    }
    LocalDate today = LocalDate.now(VIETNAM);
    LocalDate received = today;
    String date = v.text(body, "ngayTiepNhan", "Ngày tiếp nhận", false, 10);
    if (date != null) {
      try {
        received = LocalDate.parse(date);
        if (received.isAfter(today)) {
          v.problem("ngayTiepNhan", "Trường 'Ngày tiếp nhận' không được sau ngày hôm nay.");
        }
      } catch (DateTimeParseException e) {
        v.problem("ngayTiepNhan", "Trường 'Ngày tiếp nhận' phải là ngày dạng yyyy-mm-dd.");
      }
    }
    String title = v.text(body, "tieuDe", "Tiêu đề", true, 500);
    String content = v.text(body, "noiDung", "Nội dung phản ánh, kiến nghị", true, FormContract.MAX_TEXT_LENGTH);
    String field = v.text(body, "linhVuc", "Lĩnh vực", true, 64);
    if (field != null && !FIELDS.contains(field)) {
      v.problem("linhVuc", "Trường 'Lĩnh vực' phải là một trong: "
          + FIELDS.stream().sorted().map(f -> "'" + f + "'").collect(Collectors.joining(", ")) + ".");
    }
    PetitionSender sender = v.sender(body.get("nguoiGui"));
    List<PetitionAttachment> attachments = v.attachments(body.get("tepDinhKem"));
    if (!v.problems.isEmpty()) {
      throw new IntakeException(v.problems);
    }
    return new NewPetition(PetitionChannel.of(channel), reference, title, content, field, received, sender, attachments);
  }

  private PetitionSender sender(JsonNode node) {
    if (node == null || node.isNull()) {
      problem("nguoiGui", "Thiếu trường 'Người gửi' (nguoiGui).");
      return null;
    }
    if (!node.isObject()) {
      problem("nguoiGui", "Trường 'Người gửi' phải là một đối tượng JSON.");
      return null;
    }
    String name = text(node, "nguoiGui.hoTen", "hoTen", "Họ và tên người gửi", true, 200);
    String address = text(node, "nguoiGui.diaChi", "diaChi", "Địa chỉ", false, 500);
    String phone = text(node, "nguoiGui.dienThoai", "dienThoai", "Số điện thoại", false, 20);
    if (phone != null && !FormContract.PHONE.matcher(phone).matches()) {
      problem("nguoiGui.dienThoai", "Trường 'Số điện thoại' không phải số điện thoại hợp lệ.");
    }
    String email = text(node, "nguoiGui.email", "email", "Thư điện tử", false, 254);
    if (email != null && !FormContract.EMAIL.matcher(email).matches()) {
      problem("nguoiGui.email", "Trường 'Thư điện tử' không phải địa chỉ thư điện tử hợp lệ.");
    }
    return new PetitionSender(name, address, phone, email);
  }

  private List<PetitionAttachment> attachments(JsonNode node) {
    List<PetitionAttachment> found = new ArrayList<>();
    if (node == null || node.isNull()) {
      return found;
    }
    if (!node.isArray()) {
      problem("tepDinhKem", "Trường 'Tệp đính kèm' phải là một danh sách.");
      return found;
    }
    if (node.size() > MAX_ATTACHMENTS) {
      problem("tepDinhKem", "Trường 'Tệp đính kèm' có nhiều nhất " + MAX_ATTACHMENTS + " tệp.");
      return found;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode file = node.get(i);
      String at = "tepDinhKem[" + i + "]";
      if (!file.isObject()) {
        problem(at, "Tệp đính kèm thứ " + (i + 1) + " phải là một đối tượng JSON.");
        continue;
      }
      String name = text(file, at + ".tenTep", "tenTep", "Tên tệp", true, 255);
      String type = text(file, at + ".loai", "loai", "Loại tệp", false, 100);
      String where = text(file, at + ".duongDan", "duongDan", "Đường dẫn tệp", false, 500);
      Long size = null;
      JsonNode bytes = file.get("kichThuoc");
      if (bytes != null && !bytes.isNull()) {
        if (!bytes.canConvertToLong() || !bytes.isIntegralNumber() || bytes.asLong() < 0 || bytes.asLong() > MAX_ATTACHMENT_BYTES) {
          problem(at + ".kichThuoc", "Trường 'Kích thước tệp' phải là số byte từ 0 đến " + MAX_ATTACHMENT_BYTES + ".");
        } else {
          size = bytes.asLong();
        }
      }
      found.add(new PetitionAttachment(name, type, size, where));
    }
    return found;
  }

  private String text(JsonNode node, String key, String label, boolean required, int maxLength) {
    return text(node, key, key, label, required, maxLength);
  }

  /** A text field, NFC and trimmed; null (with a problem when required) when missing or blank. */
  private String text(JsonNode node, String path, String key, String label, boolean required, int maxLength) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      if (required) {
        problem(path, "Trường '" + label + "' là bắt buộc.");
      }
      return null;
    }
    if (!value.isTextual()) {
      problem(path, "Trường '" + label + "' phải là chuỗi ký tự.");
      return null;
    }
    String text = Normalizer.normalize(value.asText().strip(), Normalizer.Form.NFC);
    if (text.codePointCount(0, text.length()) > maxLength) {
      problem(path, "Trường '" + label + "' dài tối đa " + maxLength + " ký tự.");
      return null;
    }
    return text;
  }

  private void problem(String field, String message) {
    problems.add(new IntakeProblem(field, message));
  }
}
