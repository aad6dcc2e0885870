-- Biểu II.05a, cột "Số hồ sơ nhận giải quyết / Trong đó: Trực tiếp, dịch vụ bưu chính": received at the desk or by post in the period.
-- Parameters: from, to (the period's first and last day), allUnits (1: every unit), units.
select d.id, d.unit_id, d.case_number, d.tthc_code, d.tthc_name, d.field, d.tthc_level, d.channel,
       d.received_on, d.due_on, d.finished_on, d.state
  from kstthc_dossier_record d
 where d.received_on between :from and :to and d.channel in ('TRUC_TIEP', 'BUU_CHINH')
   and (:allUnits = 1 or d.unit_id in (:units))
