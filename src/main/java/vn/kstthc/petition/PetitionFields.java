package vn.kstthc.petition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields (lĩnh vực) of a petition: the options of the intake form's {@code linhVuc} and the
 * inputs of the routing table, with the labels the public page shows. PaknRoutingTableTest keeps
 * them equal to the form's options.
 */
final class PetitionFields {

  static final Map<String, String> LABELS = labels();

  private PetitionFields() {}

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("hoat-dong-khcn", "Hoạt động khoa học và công nghệ");
    labels.put("chuyen-giao-cong-nghe", "Chuyển giao công nghệ");
    labels.put("so-huu-tri-tue", "Sở hữu trí tuệ");
    labels.put("an-toan-buc-xa", "An toàn bức xạ và hạt nhân");
    labels.put("tieu-chuan-do-luong-chat-luong", "Tiêu chuẩn đo lường chất lượng");
    labels.put("buu-chinh", "Bưu chính");
    labels.put("vien-thong-cntt-cds", "Viễn thông, công nghệ thông tin, chuyển đổi số");
    labels.put("khac", "Lĩnh vực khác");
    return Collections.unmodifiableMap(labels);
  }

  static String label(String field) {
    return LABELS.getOrDefault(field, field);
  }
}
