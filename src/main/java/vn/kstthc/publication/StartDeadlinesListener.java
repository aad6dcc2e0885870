package vn.kstthc.publication;

import static vn.kstthc.publication.CongBoTthcProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code cong-bo-tthc} ({@code ${thoiHanCongBoTthc}}): puts the dossier's deadline
 * and the Sở's submission deadline ({@link PublicationDeadlines}) into the instance before the
 * platform's own start listener fixes the dossier's deadline from {@code hanXuLyHoSo}: a deadline
 * counted backwards from the date of effect, which the process property {@code hanXuLyHoSo} (always
 * counted forwards) cannot say. Declared in the BPMN, it runs before the platform's listeners.
 */
@Component("thoiHanCongBoTthc")
public class StartDeadlinesListener implements ExecutionListener {

  private final PublicationDeadlines deadlines;

  public StartDeadlinesListener(PublicationDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate effectiveOn = LocalDate.parse(NGAY_CO_HIEU_LUC.from(execution));
    LocalDate learnedOn = LocalDate.parse(NGAY_BIET_VAN_BAN.from(execution));
    LocalDate issuedOn = LocalDate.parse(NGAY_BAN_HANH_VAN_BAN.from(execution));
    boolean list = LOAI_CONG_BO_DANH_MUC.equals(LOAI_QUYET_DINH.from(execution));
    HAN_XU_LY_HO_SO.set(execution, deadlines.chairSignsBy(issuedOn, effectiveOn).toString());
    HAN_TRINH_CUA_SO.set(execution, deadlines.submitBy(list, learnedOn, issuedOn, effectiveOn).toString());
  }
}
