package vn.kstthc.petition;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The petition of record: what each step of {@code xu-ly-pakn} decides is written here, in the
 * step's own transaction (the engine's, which the application shares with JDBC).
 */
@Service
public class PetitionService {

  private final PetitionRepository petitions;
  private final PetitionMailer mailer;
  private final TransactionTemplate ownTransaction;

  PetitionService(PetitionRepository petitions, PetitionMailer mailer, PlatformTransactionManager transactions) {
    this.petitions = petitions;
    this.mailer = mailer;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Records a received petition with its sender and attachments, and who recorded it; returns its id. */
  @Transactional
  public String record(NewPetition petition, String recordedBy) {
    return petitions.insert(petition, recordedBy, Instant.now());
  }

  @Transactional
  public void linkInstance(String id, String processInstanceId, String caseNumber) {
    petitions.linkInstance(id, processInstanceId, caseNumber);
  }

  @Transactional
  public void classify(String id, PetitionClassification classification, String unit, String overrideReason) {
    petitions.classify(id, classification, unit, overrideReason);
  }

  @Transactional
  public void closeNotHandled(String id, String reason) {
    petitions.close(id, PetitionClassification.KHONG_XU_LY, PetitionStatus.KHONG_XU_LY, reason, null, Instant.now());
  }

  @Transactional
  public void closeForwarded(String id, String agency) {
    petitions.close(id, PetitionClassification.NGOAI_THAM_QUYEN, PetitionStatus.DA_CHUYEN, null, agency, Instant.now());
  }

  @Transactional
  public void approve(String id, String answer, AnswerChannel channel) {
    petitions.approve(id, answer, channel, Instant.now());
  }

  @Transactional
  public void recordSent(String id) {
    petitions.sent(id, Instant.now());
  }

  /**
   * Mails the approved answer to the sender's address and records it as sent, in a transaction of
   * its own committed as soon as the mail server accepted it: the job that sends it may still fail
   * to commit (the JVM killed, the database gone, a failure in the steps after it), and when it runs
   * again it finds the answer sent and does not mail it a second time.
   */
  @Transactional
  public void mailAnswer(String id) {
    Petition petition = petitions.find(id).orElseThrow(() -> new IllegalStateException("Không có phản ánh " + id));
    if (petition.sentAt() != null) {
      return;
    }
    PetitionSender sender = petitions.sender(id).orElseThrow();
    // recorded before the send and committed right after it: a failed send rolls it back
    ownTransaction.executeWithoutResult(status -> {
      petitions.sent(id, Instant.now());
      mailer.send(petition, sender);
    });
  }

  @Transactional
  public void publish(String id, String nationalReference, String publicSummary) {
    petitions.published(id, nationalReference, publicSummary, Instant.now());
  }
}
