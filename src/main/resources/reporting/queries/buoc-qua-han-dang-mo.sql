-- Các bước đang mở đã quá hạn: open steps whose deadline has passed at :asOf (now), with their
-- unit: a deadline in days is overdue once its day has ended (due before :asOfDayStart, the start
-- of today), one in hours once its minute has passed. Oldest deadline first.
-- Parameters: asOf, asOfDayStart, allUnits (1: every unit), units (group ids).
select s.task_id, s.process_instance_id, s.process_key, s.case_number, s.step_id, s.step_name,
       s.unit_id, s.officer_id, s.started_at, s.due_at, s.due_kind,
       s.finished_at, s.status, s.working_days_late, 1 as overdue
  from kstthc_report_step s
 where s.finished_at is null and s.due_at is not null
   and ((s.due_kind = 'DAYS' and s.due_at < :asOfDayStart)
     or (coalesce(s.due_kind, 'HOURS') <> 'DAYS' and s.due_at < :asOf))
   and (:allUnits = 1 or s.unit_id in (:units))
 order by s.due_at, s.task_id
