package vn.kstthc.publication;

import static vn.kstthc.publication.CongKhaiTthcProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The seam to "Phê duyệt quy trình nội bộ" ({@code ${yeuCauPheDuyetQuyTrinhNoiBo}}): the new,
 * amended and replaced TTHC of a decision need an internal process approved (seed 004: within 10
 * days of the decision). One instance per decision, listing its TTHC, started and left to run on
 * its own (this dossier does not wait for it). Until {@code phe-duyet-quy-trinh-noi-bo} is
 * deployed, the codes stay in this instance ({@code maTthcCanQuyTrinh}, {@code quyTrinhNoiBo =
 * chua-co-quy-trinh}) and a warning is logged, so nothing is lost; TTHC nội bộ need none.
 */
@Component("yeuCauPheDuyetQuyTrinhNoiBo")
public class InternalProcessRequest implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(InternalProcessRequest.class);

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    String codes = MA_TTHC_CAN_QUY_TRINH.from(execution);
    if (Boolean.TRUE.equals(TTHC_NOI_BO.from(execution)) || codes == null || codes.isBlank()) {
      QUY_TRINH_NOI_BO.set(execution, QUY_TRINH_KHONG_CAN);
      return;
    }
    RepositoryService repository = execution.getProcessEngineServices().getRepositoryService();
    boolean deployed = Context.getCommandContext().runWithoutAuthorization(() ->
        repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_INTERNAL_APPROVAL).count() > 0);
    if (!deployed) {
      LOG.warn("Quyết định {} có TTHC cần phê duyệt quy trình nội bộ ({}) nhưng chưa triển khai quy trình '{}'",
          SO_QUYET_DINH.from(execution), codes, PROCESS_INTERNAL_APPROVAL);
      QUY_TRINH_NOI_BO.set(execution, QUY_TRINH_CHUA_CO);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(MA_SO_HO_SO_CONG_BO.name(), MA_SO_HO_SO_CONG_BO.from(execution));
    variables.put(SO_QUYET_DINH.name(), SO_QUYET_DINH.from(execution));
    variables.put(NGAY_KY.name(), NGAY_KY.from(execution));
    variables.put(MA_QUYET_DINH.name(), MA_QUYET_DINH.from(execution));
    variables.put(MA_TTHC_CAN_QUY_TRINH.name(), codes);
    String started = Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
        .getRuntimeService().startProcessInstanceByKey(PROCESS_INTERNAL_APPROVAL, variables).getId());
    HO_SO_QUY_TRINH_NOI_BO.set(execution, started);
    QUY_TRINH_NOI_BO.set(execution, QUY_TRINH_DA_KHOI_TAO);
  }
}
