-- Form II.05a is counted in one query over the dossiers of the period (vn.kstthc.report.FormFigures):
-- received by its last day and not finished before its first. For a whole Sở these indexes find
-- them without reading every dossier of past years; a unit's own still use (unit_id, ...) of V111.
create index kstthc_dossier_record_received_on on kstthc_dossier_record (received_on);
create index kstthc_dossier_record_finished_on on kstthc_dossier_record (finished_on);
