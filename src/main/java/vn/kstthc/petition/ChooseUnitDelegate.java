package vn.kstthc.petition;

import static vn.kstthc.petition.XuLyPaknProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${chonDonViXuLy}}: the unit that drafts the answer is the routing DMN's ({@code
 * donViDeXuat}), unless the classifier chose another with a reason; records it with the
 * classification.
 */
@Component("chonDonViXuLy")
public class ChooseUnitDelegate implements JavaDelegate {

  private final PetitionService petitions;

  ChooseUnitDelegate(PetitionService petitions) {
    this.petitions = petitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean override = Boolean.TRUE.equals(DOI_DON_VI.from(execution));
    String unit = override ? DON_VI_XU_LY_KHAC.from(execution) : DON_VI_DE_XUAT.from(execution);
    DON_VI_XU_LY.set(execution, unit);
    petitions.classify(
        PHAN_ANH_ID.from(execution),
        PetitionClassification.of(PHAN_LOAI.from(execution)),
        unit,
        override ? LY_DO_DOI_DON_VI.from(execution) : null);
  }
}
