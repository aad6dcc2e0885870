package vn.kstthc.internalprocess;

import java.math.BigDecimal;

/**
 * One row of an internal process: a performer's part in one step. Rows with the same {@code no}
 * form one step: exactly one performer leads it (chủ trì), others cooperate or give an opinion.
 *
 * @param tthcCode the catalogue's mã TTHC the process is for
 * @param no the step's number, from 1
 * @param work what is done (nội dung công việc)
 * @param performer a group id of the organisation, or an {@link OutsideBody} code
 * @param role the performer's part; null when the row gave none (refused by the rules)
 * @param hours working hours allotted; for the step, those of its lead
 * @param result what the step produces (kết quả)
 */
public record Step(
    String tthcCode, int no, String work, String performer, PerformerRole role, BigDecimal hours, String result) {}
