package vn.kstthc.petition;

import static vn.kstthc.petition.XuLyPaknProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${capNhatPhanAnh}} with the input {@code trangThai} (a {@link PetitionStatus}): writes
 * what the steps before decided into the petition of record, and its new status.
 */
@Component("capNhatPhanAnh")
public class PetitionStepDelegate implements JavaDelegate {

  private final PetitionService petitions;

  PetitionStepDelegate(PetitionService petitions) {
    this.petitions = petitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = PHAN_ANH_ID.from(execution);
    switch (PetitionStatus.valueOf(TRANG_THAI.from(execution))) {
      case KHONG_XU_LY -> petitions.closeNotHandled(id, LY_DO_KHONG_XU_LY.from(execution));
      case DA_CHUYEN -> petitions.closeForwarded(
          id, CO_QUAN_CHUYEN_DEN.from(execution) + " (văn bản " + SO_VAN_BAN_CHUYEN.from(execution) + ")");
      case DA_DUYET -> petitions.approve(
          id, DU_THAO_TRA_LOI.from(execution), AnswerChannel.of(HINH_THUC_TRA_LOI.from(execution)));
      case DA_GUI -> petitions.recordSent(id);
      case DA_CONG_KHAI -> petitions.publish(id, MA_TREN_HE_THONG.from(execution), TOM_TAT_CONG_KHAI.from(execution));
      default -> throw new IllegalArgumentException("Bước không ghi được trạng thái " + TRANG_THAI.from(execution));
    }
  }
}
