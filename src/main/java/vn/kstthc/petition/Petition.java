package vn.kstthc.petition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded petition, without its sender (read {@link PetitionRepository#sender} for that). {@code
 * recordedBy}: the user id of the integration client (machine intake) or of the officer (start
 * form); {@code publicSummary}: what the public page shows of the content, written without
 * personal data when the answer is published.
 */
public record Petition(
    String id,
    String caseNumber,
    String processInstanceId,
    PetitionChannel channel,
    String senderReference,
    String title,
    String content,
    String field,
    PetitionStatus status,
    PetitionClassification classification,
    String handlingUnit,
    String unitOverrideReason,
    String closingReason,
    String forwardedTo,
    String answer,
    AnswerChannel answerChannel,
    String nationalReference,
    LocalDate receivedOn,
    Instant createdAt,
    Instant answeredAt,
    Instant sentAt,
    Instant publishedAt,
    Instant closedAt,
    String recordedBy,
    String publicSummary) {}
