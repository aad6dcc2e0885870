package vn.kstthc.report;

import java.time.LocalDate;
import vn.kstthc.catalogue.TthcLevel;

/**
 * One dossier of the provincial one-stop system ({@code kstthc_dossier_record}), imported from its
 * export or entered by hand: what form II.05a counts.
 *
 * @param finishedOn the day it was resolved, returned or withdrawn; null while in progress
 */
public record DossierRecord(
    String unitId,
    String caseNumber,
    String tthcCode,
    String tthcName,
    String field,
    TthcLevel level,
    DossierChannel channel,
    LocalDate receivedOn,
    LocalDate dueOn,
    LocalDate finishedOn,
    DossierState state) {}
