-- Các bước đang mở: steps open now (:asOf), with their unit, overdue as in buoc-trong-ky.sql: the
-- rows of buoc-trong-ky.sql for today ([:from, :to)) that are not finished, without reading the
-- finished steps (an index on finished_at finds no row without it, only the open tasks are read).
-- Parameters: from (unused), to, asOf, asOfDayStart, allUnits (1: every unit), units (group ids).
select s.task_id, s.process_instance_id, s.process_key, s.case_number, s.step_id, s.step_name,
       s.unit_id, s.officer_id, s.started_at, s.due_at, s.due_kind,
       s.finished_at, s.status, s.working_days_late,
       case when s.due_at is not null
             and ((s.due_kind = 'DAYS' and s.due_at < :asOfDayStart)
               or (coalesce(s.due_kind, 'HOURS') <> 'DAYS' and s.due_at < :asOf))
            then 1 else 0 end as overdue
  from kstthc_report_step s
 where s.finished_at is null and s.started_at < :to
   and (:allUnits = 1 or s.unit_id in (:units))
 order by s.due_at, s.task_id
