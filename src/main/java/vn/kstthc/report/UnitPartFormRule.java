package vn.kstthc.report;

import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.DON_VI;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.KY_DEN;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.LOAI;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.SO_LIEU;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.kstthc.form.FieldError;
import vn.kstthc.form.FormContract;
import vn.kstthc.form.FormRule;

/**
 * A unit's part is refused while an identity of its figures fails, with the form's Vietnamese
 * message, as a plain 400 when Tasklist submits it. The task's complete listener ({@link
 * ReportProcessSteps#submitPart}) checks the same for callers without the form.
 */
@Component
class UnitPartFormRule implements FormRule {

  static final String LABEL = "Số liệu của đơn vị";

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
    List<String> failures = steps.problems((String) context.currentValue(LOAI.name()),
        (String) context.currentValue(KY_DEN.name()), unit);
    return failures.isEmpty() ? List.of() : List.of(new FieldError(SO_LIEU, LABEL, ReportProcessSteps.refusal(failures)));
  }
}
