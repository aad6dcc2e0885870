package vn.kstthc.petition;

import java.time.LocalDate;
import java.util.List;

/** A petition as received, before it is recorded. {@code senderReference} may be null. */
public record NewPetition(
    PetitionChannel channel,
    String senderReference,
    String title,
    String content,
    String field,
    LocalDate receivedOn,
    PetitionSender sender,
    List<PetitionAttachment> attachments) {

  public NewPetition {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
