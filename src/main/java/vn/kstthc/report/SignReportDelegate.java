package vn.kstthc.report;

import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.BAO_CAO_DA_KY;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.NGUOI_KY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.kstthc.reporting.ReportScope;

/**
 * Signing freezes the report ({@code ${kyBaoCaoKstthc}}): each of its forms, filled for the
 * reporting units and the period, stored once with its checksum ({@link ReportSnapshots#freeze}).
 * A form whose identities fail is not frozen and the signature is refused.
 */
@Component("kyBaoCaoKstthc")
class SignReportDelegate implements JavaDelegate {

  private final ReportProcessSteps steps;
  private final ReportSnapshots snapshots;

  SignReportDelegate(ReportProcessSteps steps, ReportSnapshots snapshots) {
    this.steps = steps;
    this.snapshots = snapshots;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportScope units = ReportScope.ofUnits(steps.reportingUnits(execution));
    ReportPeriod period = steps.period(execution);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<String> ids = new ArrayList<>();
    try {
      for (FormTemplate form : steps.forms(steps.type(execution))) {
        ids.add(snapshots.freeze(form, units, period, NGUOI_KY.from(execution), now).id());
      }
    } catch (IllegalStateException e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
    BAO_CAO_DA_KY.set(execution, String.join(",", ids));
  }
}
