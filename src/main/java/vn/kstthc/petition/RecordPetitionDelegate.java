package vn.kstthc.petition;

import static vn.kstthc.petition.XuLyPaknProcess.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.procedure.CaseVariables;

/**
 * {@code ${ghiNhanPhanAnh}}: records the petition of the start form in the petition tables, links
 * it to the instance, and removes the sender's personal data from the instance (they live in
 * kstthc_petition_sender, shown only to those who handle the petition). A petition recorded before
 * the start (the machine intake) arrives with its {@code phanAnhId} and is only linked. The officer
 * who submitted the start form (the initiator) is recorded with the petition. Sets the
 * forwarding deadline, 5 working days after receipt (NĐ 20/2008 art. 9.1.d).
 */
@Component("ghiNhanPhanAnh")
public class RecordPetitionDelegate implements JavaDelegate {

  static final int FORWARDING_WORKING_DAYS = 5;

  private final PetitionService petitions;
  private final WorkingDayCalendar calendar;

  RecordPetitionDelegate(PetitionService petitions, WorkingDayCalendar calendar) {
    this.petitions = petitions;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate receivedOn = LocalDate.parse(NGAY_TIEP_NHAN.from(execution));
    String id = PHAN_ANH_ID.from(execution);
    if (id == null) {
      id = petitions.record(new NewPetition(
          PetitionChannel.of(KENH_TIEP_NHAN.from(execution)),
          blankToNull(SO_THAM_CHIEU.from(execution)),
          TIEU_DE.from(execution),
          NOI_DUNG.from(execution),
          LINH_VUC.from(execution),
          receivedOn,
          new PetitionSender(
              HO_TEN.from(execution),
              blankToNull(DIA_CHI.from(execution)),
              blankToNull(DIEN_THOAI.from(execution)),
              blankToNull(EMAIL.from(execution))),
          List.of()),
          NGUOI_TIEP_NHAN.from(execution));
      PHAN_ANH_ID.set(execution, id);
    }
    petitions.linkInstance(id, execution.getProcessInstanceId(), CaseVariables.MA_SO_HO_SO.from(execution));
    for (var personal : List.of(HO_TEN, DIA_CHI, DIEN_THOAI, EMAIL)) {
      execution.removeVariable(personal.name());
    }
    HAN_CHUYEN_DON.set(execution, calendar.addWorkingDays(receivedOn, FORWARDING_WORKING_DAYS).toString());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
