-- Biểu II.05a, cột "Số hồ sơ đã giải quyết / Trước hạn": resolved in the period on a day before its due day.
-- Parameters: from, to (the period's first and last day), allUnits (1: every unit), units.
select d.id, d.unit_id, d.case_number, d.tthc_code, d.tthc_name, d.field, d.tthc_level, d.channel,
       d.received_on, d.due_on, d.finished_on, d.state
  from kstthc_dossier_record d
 where d.state = 'DA_GIAI_QUYET' and d.finished_on between :from and :to and d.finished_on < d.due_on
   and (:allUnits = 1 or d.unit_id in (:units))
