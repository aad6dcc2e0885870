-- A dossier's unit stored on its own row: kstthc_report_case decided it per row with a sub-query
-- (the unit of the dossier's first step), which at a province's size (1,000,000 dossiers, 137,000
-- in a quarter) cost seconds in every report and indicator. The INSTANCE row of
-- kstthc_deadline_outcome had no unit (its unit_id was always empty): OutcomeRecorder now sets it
-- when the dossier's first step with a unit is created, and this fills it for the dossiers before,
-- by the view's own rule (earliest step with a unit, then the smallest task id).
update kstthc_deadline_outcome
   set unit_id = (select s.unit_id
                    from kstthc_report_step s
                   where s.process_instance_id = kstthc_deadline_outcome.id and s.unit_id is not null
                   order by s.started_at, s.task_id
                   fetch first 1 rows only)
 where kind = 'INSTANCE' and unit_id is null;

create or replace view kstthc_report_case as
select o.id                     as process_instance_id,
       o.process_definition_key as process_key,
       o.business_key           as case_number,
       o.activity_name          as process_name,
       o.unit_id                as unit_id,
       o.officer_id             as started_by,
       o.started_at             as started_at,
       o.due_at                 as due_at,
       o.due_kind               as due_kind,
       o.finished_at            as finished_at,
       o.status                 as status,
       o.working_days_late      as working_days_late
  from kstthc_deadline_outcome o
 where o.kind = 'INSTANCE';
