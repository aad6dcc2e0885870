package vn.kstthc.publication;

import static vn.kstthc.publication.CongBoTthcProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kstthc.catalogue.CatalogueException;
import vn.kstthc.catalogue.CatalogueService;
import vn.kstthc.catalogue.DecisionType;
import vn.kstthc.catalogue.PublicationDecision;
import vn.kstthc.catalogue.SourceKind;

/**
 * After the chair's signature ({@code ${ghiNhanQuyetDinhCongBo}}, a job of its own: the signature is
 * saved first): records the decision and changes the catalogue (new TTHC in force from the date of
 * effect, abolished ones closed). A decision the catalogue refuses (it changed since the list was
 * checked) is the BPMN error {@value #ERROR_CODE} with the catalogue's message, which the process
 * routes to the Văn phòng Sở; any other failure is retried, then an incident.
 */
@Component("ghiNhanQuyetDinhCongBo")
public class DecisionRecorder implements JavaDelegate {

  public static final String ERROR_CODE = "danh-muc-tu-choi";

  private final CatalogueService catalogue;

  public DecisionRecorder(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate effectiveOn = LocalDate.parse(NGAY_CO_HIEU_LUC.from(execution));
    PublicationDecision decision = new PublicationDecision(
        null,
        SO_QUYET_DINH.from(execution),
        LocalDate.parse(NGAY_KY.from(execution)),
        effectiveOn,
        LOAI_CONG_BO_DANH_MUC.equals(LOAI_QUYET_DINH.from(execution)) ? DecisionType.CONG_BO_DANH_MUC : DecisionType.CONG_BO_TTHC,
        NGUON_VAN_BAN_TINH.equals(LOAI_VAN_BAN_NGUON.from(execution)) ? SourceKind.VAN_BAN_TINH : SourceKind.QUYET_DINH_BO,
        SO_VAN_BAN_NGUON.from(execution),
        LocalDate.parse(NGAY_BAN_HANH_VAN_BAN.from(execution)),
        LocalDate.parse(NGAY_BIET_VAN_BAN.from(execution)),
        null,
        null,
        null);
    // the chair who signed (recorded when the signature was taken); the process itself otherwise
    String signer = NGUOI_KY_QUYET_DINH.from(execution);
    PublicationDecision recorded;
    try {
      recorded = catalogue.applyDecision(
          decision, DecisionList.itemsOf(execution, catalogue::find), signer == null ? KEY : signer);
    } catch (CatalogueException e) {
      throw new BpmnError(ERROR_CODE, e.getMessage());
    }
    MA_QUYET_DINH.set(execution, recorded.id());
  }
}
