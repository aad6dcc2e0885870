package vn.kstthc.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When the drafting unit hands its list on ({@code ${tomTatDanhSachTthc}}, on the flow leaving the
 * draft): one line per TTHC ("1.001234 – mới – Tên") in {@code tomTatTthc}, which the forms of the
 * communes, the checkers and the signers show read-only (a dynamic list cannot be shown without
 * being offered for editing).
 */
@Component("tomTatDanhSachTthc")
public class ListSummaryListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DecisionList list = DecisionList.of(execution.getVariable(CongBoTthcProcess.DANH_SACH_TTHC));
    CongBoTthcProcess.TOM_TAT_TTHC.set(execution, list.summary());
  }
}
