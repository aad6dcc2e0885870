-- Các bước xử lý trong kỳ: steps finished in the period [:from, :to), and steps open at its end
-- (started before :to, not finished by then), each with its unit. A step open at the end of the
-- period is in progress there even if it was finished later: its status stays empty, and it is
-- overdue when its deadline had passed at :asOf (the period's end, or now for a running period):
-- a deadline in days at the end of its day (:asOfDayStart is the start of :asOf's day), one in
-- hours at its minute.
-- Parameters: from, to, asOf, asOfDayStart, allUnits (1: every unit), units (group ids).
select s.task_id, s.process_instance_id, s.process_key, s.case_number, s.step_id, s.step_name,
       s.unit_id, s.officer_id, s.started_at, s.due_at, s.due_kind,
       case when s.finished_at < :to then s.finished_at end       as finished_at,
       case when s.finished_at < :to then s.status end            as status,
       case when s.finished_at < :to then s.working_days_late end as working_days_late,
       case when (s.finished_at is null or s.finished_at >= :to) and s.due_at is not null
             and ((s.due_kind = 'DAYS' and s.due_at < :asOfDayStart)
               or (coalesce(s.due_kind, 'HOURS') <> 'DAYS' and s.due_at < :asOf))
            then 1 else 0 end                                      as overdue
  from kstthc_report_step s
 where ((s.finished_at >= :from and s.finished_at < :to)
        or (s.started_at < :to and (s.finished_at is null or s.finished_at >= :to)))
   and (:allUnits = 1 or s.unit_id in (:units))
 order by s.unit_id, s.process_key, s.case_number, s.started_at, s.task_id
