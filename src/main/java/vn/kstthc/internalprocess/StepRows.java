package vn.kstthc.internalprocess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps as the drafting form's dynamic list submits them (a Json variable: an array of
 * objects), and back. The keys are the form's ({@code forms/phe-duyet-quy-trinh-noi-bo/}).
 */
public final class StepRows {

  public static final String MA_TTHC = "maTthc";
  public static final String THU_TU = "thuTu";
  public static final String CONG_VIEC = "congViec";
  public static final String DON_VI_THUC_HIEN = "donViThucHien";
  public static final String VAI_TRO = "vaiTro";
  public static final String SO_GIO = "soGio";
  public static final String KET_QUA = "ketQua";

  private static final ObjectMapper JSON = new ObjectMapper();

  private StepRows() {}

  /**
   * The rows of a variable's value: a Spin JSON node, a JSON string or a list of maps (its
   * {@code toString()} or Jackson's reading of it); null or empty: no rows.
   */
  public static List<Step> parse(Object value) {
    JsonNode rows = tree(value);
    List<Step> steps = new ArrayList<>();
    for (JsonNode row : rows) {
      steps.add(new Step(
          text(row, MA_TTHC),
          row.path(THU_TU).asInt(0),
          text(row, CONG_VIEC),
          text(row, DON_VI_THUC_HIEN),
          PerformerRole.ofCode(text(row, VAI_TRO)),
          row.path(SO_GIO).isNumber() || row.path(SO_GIO).isTextual() ? decimal(row.path(SO_GIO).asText()) : null,
          text(row, KET_QUA)));
    }
    return steps;
  }

  /** The rows as the form's dynamic list reads them: a JSON array. */
  public static String toJson(List<Step> steps) {
    ArrayNode rows = JSON.createArrayNode();
    for (Step step : steps) {
      rows.addObject()
          .put(MA_TTHC, step.tthcCode())
          .put(THU_TU, step.no())
          .put(CONG_VIEC, step.work())
          .put(DON_VI_THUC_HIEN, step.performer())
          .put(VAI_TRO, step.role() == null ? null : step.role().code())
          .put(SO_GIO, step.hours())
          .put(KET_QUA, step.result());
    }
    return rows.toString();
  }

  private static JsonNode tree(Object value) {
    if (value == null) {
      return JSON.createArrayNode();
    }
    try {
      JsonNode tree = value instanceof String text ? JSON.readTree(text)
          : value instanceof List<?> ? JSON.valueToTree(value) : JSON.readTree(value.toString());
      if (!tree.isArray()) {
        throw new IllegalArgumentException("Danh sách các bước không đúng định dạng.");
      }
      return tree;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("Danh sách các bước không đúng định dạng.", e);
    }
  }

  private static String text(JsonNode row, String key) {
    JsonNode node = row.path(key);
    return node.isMissingNode() || node.isNull() ? null : node.asText().strip();
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
