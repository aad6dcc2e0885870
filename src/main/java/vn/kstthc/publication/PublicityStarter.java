package vn.kstthc.publication;

import static vn.kstthc.publication.CongBoTthcProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kstthc.procedure.CaseVariables;
import vn.kstthc.procedure.FollowUpCases;

/**
 * After the decision is recorded ({@code ${batDauCongKhaiTthc}}): starts {@code cong-khai-tthc} as a
 * dossier of its own (own case number, own deadline counted from the signature), so that "công bố
 * đúng hạn" is judged at the signature and "công khai đúng hạn" on its own.
 */
@Component("batDauCongKhaiTthc")
public class PublicityStarter implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    DecisionList list = DecisionList.of(execution.getVariable(DANH_SACH_TTHC));
    Map<String, Object> variables = new HashMap<>();
    variables.put(CongKhaiTthcProcess.TIEU_DE.name(), "Công khai TTHC theo Quyết định số " + SO_QUYET_DINH.from(execution));
    variables.put(CongKhaiTthcProcess.MA_SO_HO_SO_CONG_BO.name(), CaseVariables.MA_SO_HO_SO.from(execution));
    variables.put(CongKhaiTthcProcess.SO_QUYET_DINH.name(), SO_QUYET_DINH.from(execution));
    variables.put(CongKhaiTthcProcess.NGAY_KY.name(), NGAY_KY.from(execution));
    variables.put(CongKhaiTthcProcess.MA_QUYET_DINH.name(), MA_QUYET_DINH.from(execution));
    variables.put(CongKhaiTthcProcess.TTHC_NOI_BO.name(), Boolean.TRUE.equals(TTHC_NOI_BO.from(execution)));
    variables.put(CongKhaiTthcProcess.DANH_SACH_TTHC.name(), TOM_TAT_TTHC.from(execution));
    variables.put(CongKhaiTthcProcess.MA_TTHC_CAN_QUY_TRINH.name(), list.codesNeedingInternalProcess());
    // the start is the procedure's, not the chair's who signed
    FollowUpCases.start(execution, CongKhaiTthcProcess.KEY, variables);
  }
}
