-- Biểu II.05a, cột "(ngoài biểu) Trả lại, rút hồ sơ": returned to the applicant or withdrawn in the period: received, then neither resolved nor in progress; listed, never counted as on time.
-- Parameters: from, to (the period's first and last day), allUnits (1: every unit), units.
select d.id, d.unit_id, d.case_number, d.tthc_code, d.tthc_name, d.field, d.tthc_level, d.channel,
       d.received_on, d.due_on, d.finished_on, d.state
  from kstthc_dossier_record d
 where d.state in ('TRA_LAI', 'RUT') and d.finished_on between :from and :to
   and (:allUnits = 1 or d.unit_id in (:units))
