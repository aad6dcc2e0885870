package vn.kstthc.publication;

import static vn.kstthc.publication.CongKhaiTthcProcess.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.kstthc.catalogue.CatalogueService;
import vn.kstthc.catalogue.Tthc;
import vn.kstthc.catalogue.TthcLevel;
import vn.kstthc.internalprocess.PheDuyetQuyTrinhNoiBoProcess;
import vn.kstthc.procedure.FollowUpCases;

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

  private final Function<List<String>, List<String>> owningUnits;
  private final Predicate<List<String>> communeLevel;

  @Autowired
  public InternalProcessRequest(CatalogueService catalogue) {
    this(
        codes -> codes.stream().map(catalogue::find).flatMap(Optional::stream)
            .map(Tthc::owningUnit).distinct().toList(),
        codes -> codes.stream().map(catalogue::find).flatMap(Optional::stream)
            .anyMatch(tthc -> tthc.level() == TthcLevel.XA));
  }

  /** For process tests: the catalogue's answers given directly. */
  InternalProcessRequest(Function<List<String>, List<String>> owningUnits, Predicate<List<String>> communeLevel) {
    this.owningUnits = owningUnits;
    this.communeLevel = communeLevel;
  }

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
    List<String> codeList = Arrays.stream(codes.split("[,;\\s]+")).filter(code -> !code.isBlank()).toList();
    // The approval's own start variables (as its start form submits them): one task per owning unit
    // of the decision's TTHC, as the catalogue says after signing; communes are consulted when a
    // commune-level TTHC is among them (the 15-day deadline), seed 004 PL§3 r1.
    Map<String, Object> variables = PheDuyetQuyTrinhNoiBoProcess.startVariables(
        "Phê duyệt quy trình nội bộ theo Quyết định " + SO_QUYET_DINH.from(execution),
        SO_QUYET_DINH.from(execution), NGAY_KY.from(execution), String.join(", ", codeList),
        owningUnits.apply(codeList), communeLevel.test(codeList));
    variables.put(MA_SO_HO_SO_CONG_BO.name(), MA_SO_HO_SO_CONG_BO.from(execution));
    variables.put(MA_QUYET_DINH.name(), MA_QUYET_DINH.from(execution));
    String started = FollowUpCases.start(execution, PROCESS_INTERNAL_APPROVAL, variables).getId();
    HO_SO_QUY_TRINH_NOI_BO.set(execution, started);
    QUY_TRINH_NOI_BO.set(execution, QUY_TRINH_DA_KHOI_TAO);
  }
}
