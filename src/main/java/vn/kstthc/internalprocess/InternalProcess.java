package vn.kstthc.internalprocess;

import java.time.LocalDate;
import java.util.List;

/**
 * An approved version of the internal process of one TTHC.
 *
 * @param version 1 for the first approval of the TTHC, then one more per approval
 * @param approvalNumber number of the chair's approving decision
 * @param publicationDecision number of the publication decision it follows, null for an amendment
 */
public record InternalProcess(
    String id,
    String tthcCode,
    int version,
    String approvalNumber,
    LocalDate approvedOn,
    String publicationDecision,
    String processInstanceId,
    List<Step> steps) {}
