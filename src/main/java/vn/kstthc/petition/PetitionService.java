package vn.kstthc.petition;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The petition of record: what each step of {@code xu-ly-pakn} decides is written here, in the
 * step's own transaction (the engine's, which the application shares with JDBC).
 */
@Service
public class PetitionService {

  private final PetitionRepository petitions;
  private final PetitionMailer mailer;

  PetitionService(PetitionRepository petitions, PetitionMailer mailer) {
    this.petitions = petitions;
    this.mailer = mailer;
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

  /** Mails the approved answer to the sender's address and records it as sent. */
  @Transactional
  public void mailAnswer(String id) {
    Petition petition = petitions.find(id).orElseThrow(() -> new IllegalStateException("Không có phản ánh " + id));
    PetitionSender sender = petitions.sender(id).orElseThrow();
    mailer.send(petition, sender);
    petitions.sent(id, Instant.now());
  }

  @Transactional
  public void publish(String id, String nationalReference, String publicSummary) {
    petitions.published(id, nationalReference, publicSummary, Instant.now());
  }
}
