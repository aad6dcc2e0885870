package vn.kstthc.internalprocess;

import static vn.kstthc.internalprocess.PheDuyetQuyTrinhNoiBoProcess.BUOC_XU_LY;
import static vn.kstthc.internalprocess.PheDuyetQuyTrinhNoiBoProcess.DON_VI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.kstthc.form.FieldError;
import vn.kstthc.form.FormContract;
import vn.kstthc.form.FormRule;

/**
 * A unit's draft is held to {@link InternalProcessRules} when Tasklist submits the drafting form:
 * the officer reads one Vietnamese message per broken rule, as for any field. The task's complete
 * listener ({@link ApprovalSteps#submitDraft}) checks the same for callers without the form.
 */
@Component
class DraftFormRule implements FormRule {

  static final String LABEL = "Các bước của quy trình nội bộ";

  private final InternalProcessService service;

  DraftFormRule(InternalProcessService service) {
    this.service = service;
  }

  @Override
  public String formId() {
    return PheDuyetQuyTrinhNoiBoProcess.FORM_DRAFT;
  }

  @Override
  public List<FieldError> check(ObjectNode variables, FormContract.Context context) {
    JsonNode rows = variables.path(BUOC_XU_LY).path("value");
    String unit = (String) context.currentValue(DON_VI.name());
    return service.problems(StepRows.parse(rows.asText(null)), unit).stream()
        .map(problem -> new FieldError(BUOC_XU_LY, LABEL, problem))
        .toList();
  }
}
