-- Removes generated open tasks :first to :last (those still waiting at their first step), with
-- every row open-tasks.sql wrote for them: the scale run goes down from 100,000 open tasks to
-- 1,000 on the same database.
--   psql -v first=1001 -v last=100000 -f benchmark/scale/open-tasks-delete.sql
\set ON_ERROR_STOP on
begin;
create temporary table scale_gone on commit drop as
select 'sc-pi-' || substr(id_, 6) as pi, id_ as task, substr(id_, 6)::bigint as n
  from act_ru_task where id_ like 'sc-t-%' and substr(id_, 6)::bigint between :first and :last;
create index on scale_gone (pi);
create index on scale_gone (task);
analyze scale_gone;
delete from act_ru_variable where proc_inst_id_ in (select pi from scale_gone);
delete from act_ru_identitylink where task_id_ in (select task from scale_gone);
delete from act_ru_authorization where resource_id_ in (select task from scale_gone);
delete from act_ru_task where id_ in (select task from scale_gone);
delete from act_ru_execution where id_ in (select pi from scale_gone);
delete from act_hi_identitylink where task_id_ in (select task from scale_gone);
delete from act_hi_taskinst where id_ in (select task from scale_gone);
delete from act_hi_actinst where proc_inst_id_ in (select pi from scale_gone);
delete from act_hi_procinst where id_ in (select pi from scale_gone);
delete from kstthc_open_task where task_id in (select task from scale_gone);
delete from kstthc_deadline_outcome where id in (select pi from scale_gone);
commit;
