package vn.kstthc.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A chair's decision publishing TTHC (quyết định công bố), with the ministry decision or
 * provincial document it implements.
 *
 * @param id assigned when recorded (null before)
 * @param sourceLearnedOn when the department learned of the source document (its deadlines count
 *     from this day)
 */
public record PublicationDecision(
    String id,
    String number,
    LocalDate signedOn,
    LocalDate effectiveOn,
    DecisionType type,
    SourceKind sourceKind,
    String sourceNumber,
    LocalDate sourceIssuedOn,
    LocalDate sourceLearnedOn,
    Instant recordedAt,
    String recordedBy,
    List<Item> items) {

  /**
   * One procedure of the decision.
   *
   * @param content the procedure as published: required for {@link ChangeKind#MOI}, {@link
   *     ChangeKind#SUA_DOI_BO_SUNG} and {@link ChangeKind#THAY_THE}; ignored when abolishing
   */
  public record Item(String code, ChangeKind change, Tthc content) {}
}
