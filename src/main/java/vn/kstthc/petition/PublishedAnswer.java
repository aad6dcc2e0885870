package vn.kstthc.petition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public page shows of an answered petition: nothing of its sender (not even the
 * content as sent, which may name them: the summary an officer wrote to publish it).
 */
public record PublishedAnswer(
    String caseNumber,
    String field,
    String summary,
    String answer,
    String handlingUnit,
    LocalDate receivedOn,
    Instant answeredAt,
    Instant publishedAt) {}
