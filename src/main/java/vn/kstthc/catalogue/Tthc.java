package vn.kstthc.catalogue;

import java.time.LocalDate;

/**
 * One administrative procedure of the catalogue, as the national TTHC database describes it.
 *
 * @param code mã TTHC in the national database, e.g. {@code 1.004567}
 * @param owningUnit group id of the unit that owns the procedure, e.g. {@code phong-quan-ly-khoa-hoc}
 * @param resolutionTime legal resolution time in {@code resolutionUnit}, null when the law sets none
 */
public record Tthc(
    String code,
    String name,
    String field,
    TthcLevel level,
    TthcKind kind,
    String implementingBody,
    String owningUnit,
    Double resolutionTime,
    ResolutionUnit resolutionUnit,
    String fees,
    String legalBasis,
    boolean oneStop,
    boolean interconnected,
    OnlineService onlineService,
    boolean publicPostal,
    boolean boundaryFree,
    boolean digitisedResults,
    TthcState state,
    LocalDate effectiveFrom,
    LocalDate abolishedFrom) {

  /** The same procedure, in force from {@code from} (a new one published by a decision). */
  Tthc inForceFrom(LocalDate from) {
    return new Tthc(code, name, field, level, kind, implementingBody, owningUnit, resolutionTime, resolutionUnit,
        fees, legalBasis, oneStop, interconnected, onlineService, publicPostal, boundaryFree, digitisedResults,
        TthcState.CON_HIEU_LUC, from, null);
  }

  /** The same procedure, abolished from {@code from}. */
  Tthc abolishedFrom(LocalDate from) {
    return new Tthc(code, name, field, level, kind, implementingBody, owningUnit, resolutionTime, resolutionUnit,
        fees, legalBasis, oneStop, interconnected, onlineService, publicPostal, boundaryFree, digitisedResults,
        TthcState.DA_BAI_BO, effectiveFrom, from);
  }
}
