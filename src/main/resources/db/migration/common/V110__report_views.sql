-- The query layer of reports (vn.kstthc.reporting): rows of work that carry their unit, read by the
-- named queries of src/main/resources/reporting/queries. Plain SQL that H2 and PostgreSQL both run.
--
-- kstthc_report_step: one row per user task of a process, finished or open.
-- * finished: kstthc_deadline_outcome's TASK rows, judged when completed (status, days late);
-- * open: the engine's open tasks (act_ru_task) with what kstthc_open_task fixed when each was
--   created (kind of deadline, responsible unit); status and days late stay empty: whether an open
--   task is overdue depends on the moment asked about, so the queries decide it.
-- unit_id is the step's responsible unit (its lead unit: vn.kstthc.platform.TaskGroups).
create view kstthc_report_step as
select o.id                     as task_id,
       o.process_instance_id    as process_instance_id,
       o.process_definition_key as process_key,
       o.business_key           as case_number,
       o.activity_id            as step_id,
       o.activity_name          as step_name,
       o.unit_id                as unit_id,
       o.officer_id             as officer_id,
       o.started_at             as started_at,
       o.due_at                 as due_at,
       o.due_kind               as due_kind,
       o.finished_at            as finished_at,
       o.status                 as status,
       o.working_days_late      as working_days_late
  from kstthc_deadline_outcome o
 where o.kind = 'TASK'
union all
select t.id_, t.proc_inst_id_, d.key_, e.business_key_, t.task_def_key_, t.name_,
       ot.unit_id, t.assignee_, t.create_time_, t.due_date_, ot.due_kind,
       cast(null as timestamp), cast(null as varchar(10)), cast(null as integer)
  from act_ru_task t
  join act_re_procdef d on d.id_ = t.proc_def_id_
  left join act_ru_execution e on e.id_ = t.proc_inst_id_
  left join kstthc_open_task ot on ot.task_id = t.id_;

-- kstthc_report_case: one row per dossier (process instance) since on-time tracking began. Its
-- unit is the responsible unit of its first step (the unit that took the dossier up): an instance
-- has no candidate group of its own, and every step keeps its own unit in kstthc_report_step.
create view kstthc_report_case as
select o.id                     as process_instance_id,
       o.process_definition_key as process_key,
       o.business_key           as case_number,
       o.activity_name          as process_name,
       (select s.unit_id
          from kstthc_report_step s
         where s.process_instance_id = o.id and s.unit_id is not null
         order by s.started_at, s.task_id
         fetch first 1 rows only) as unit_id,
       o.officer_id             as started_by,
       o.started_at             as started_at,
       o.due_at                 as due_at,
       o.due_kind               as due_kind,
       o.finished_at            as finished_at,
       o.status                 as status,
       o.working_days_late      as working_days_late
  from kstthc_deadline_outcome o
 where o.kind = 'INSTANCE';

-- A dossier's steps are looked up by instance (the case view above, drill-downs).
create index kstthc_outcome_instance on kstthc_deadline_outcome (process_instance_id);
