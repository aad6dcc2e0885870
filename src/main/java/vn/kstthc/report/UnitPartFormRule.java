package vn.kstthc.report;

import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.DON_VI;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.KY_DEN;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.LOAI;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.SO_LIEU;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.TRE_HAN;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.TRE_HAN_CAN_GIAI_TRINH;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.kstthc.form.FieldError;
import vn.kstthc.form.FormContract;
import vn.kstthc.form.FormRule;

/**
 * A unit's part is refused while an identity of its figures fails, or while one of the late cases
 * its task was given when it opened has no cause or no line, with the form's Vietnamese message naming it, as a plain 400 when
 * Tasklist submits it. The task's complete listener ({@link ReportProcessSteps#submitPart}) checks
 * the same for callers without the form.
 */
@Component
class UnitPartFormRule implements FormRule {

  static final String LABEL = "Số liệu của đơn vị";
  static final String LATE_LABEL = "Các trường hợp trễ hạn trong kỳ";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReportProcessSteps steps;

  UnitPartFormRule(ReportProcessSteps steps) {
    this.steps = steps;
  }

  @Override
  public String formId() {
    return BaoCaoKiemSoatTthcProcess.FORM_UNIT;
  }

  @Override
  public List<FieldError> check(ObjectNode variables, FormContract.Context context) {
    String unit = (String) context.currentValue(DON_VI);
    List<FieldError> errors = new ArrayList<>();
    List<String> failures = steps.problems((String) context.currentValue(LOAI.name()),
        (String) context.currentValue(KY_DEN.name()), unit);
    if (!failures.isEmpty()) {
      errors.add(new FieldError(SO_LIEU, LABEL, ReportProcessSteps.refusal(failures)));
    }
    List<String> missing = ReportProcessSteps.unexplained(json(context.currentValue(TRE_HAN_CAN_GIAI_TRINH)),
        answers(variables));
    if (!missing.isEmpty()) {
      errors.add(new FieldError(TRE_HAN, LATE_LABEL, ReportProcessSteps.missingCauses(missing)));
    }
    return errors;
  }

  /** The rows as submitted (a Json variable's value is its JSON text); none when the list was not sent (no late case). */
  private static JsonNode answers(ObjectNode variables) {
    JsonNode value = variables.path(TRE_HAN).path("value");
    return value.isArray() ? value : json(value.isTextual() ? value.asText() : null);
  }

  /** A list as JSON text (a Json variable's value); none when absent (a task given no late case) or unreadable. */
  private static JsonNode json(Object text) {
    try {
      return text == null ? JSON.createArrayNode() : JSON.readTree(text.toString());
    } catch (JsonProcessingException e) {
      return JSON.createArrayNode();
    }
  }
}
