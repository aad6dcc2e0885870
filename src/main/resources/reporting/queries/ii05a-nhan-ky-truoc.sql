-- Biểu II.05a, cột "Số hồ sơ nhận giải quyết / Từ kỳ trước": received before the period, not yet finished when it began.
-- Parameters: from, to (the period's first and last day), allUnits (1: every unit), units.
select d.id, d.unit_id, d.case_number, d.tthc_code, d.tthc_name, d.field, d.tthc_level, d.channel,
       d.received_on, d.due_on, d.finished_on, d.state
  from kstthc_dossier_record d
 where d.received_on < :from and (d.finished_on is null or d.finished_on >= :from)
   and (:allUnits = 1 or d.unit_id in (:units))
