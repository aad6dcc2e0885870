-- Các hồ sơ (lượt thực hiện quy trình) trong kỳ: dossiers finished in [:from, :to), and dossiers
-- open at its end, with their unit (the responsible unit of the first step, see
-- kstthc_report_case). Open at the end: status empty, overdue as in buoc-trong-ky.sql.
-- Parameters: from, to, asOf, asOfDayStart, allUnits (1: every unit), units (group ids).
select c.process_instance_id, c.process_key, c.case_number, c.process_name, c.unit_id,
       c.started_by, c.started_at, c.due_at, c.due_kind,
       case when c.finished_at < :to then c.finished_at end       as finished_at,
       case when c.finished_at < :to then c.status end            as status,
       case when c.finished_at < :to then c.working_days_late end as working_days_late,
       case when (c.finished_at is null or c.finished_at >= :to) and c.due_at is not null
             and ((c.due_kind = 'DAYS' and c.due_at < :asOfDayStart)
               or (coalesce(c.due_kind, 'HOURS') <> 'DAYS' and c.due_at < :asOf))
            then 1 else 0 end                                      as overdue
  from kstthc_report_case c
 where ((c.finished_at >= :from and c.finished_at < :to)
        or (c.started_at < :to and (c.finished_at is null or c.finished_at >= :to)))
   and (:allUnits = 1 or c.unit_id in (:units))
 order by c.unit_id, c.process_key, c.case_number, c.started_at
