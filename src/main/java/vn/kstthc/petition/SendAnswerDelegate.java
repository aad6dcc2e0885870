package vn.kstthc.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${guiTraLoiPhanAnh}}: mails the approved answer to the sender. Its service task is {@code
 * asyncBefore} with a retry cycle: the mail leaves from a job after the approval is committed, and
 * a failure is retried, then shown as an incident, never lost.
 */
@Component("guiTraLoiPhanAnh")
public class SendAnswerDelegate implements JavaDelegate {

  private final PetitionService petitions;

  SendAnswerDelegate(PetitionService petitions) {
    this.petitions = petitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    petitions.mailAnswer(XuLyPaknProcess.PHAN_ANH_ID.from(execution));
  }
}
