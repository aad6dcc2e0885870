-- Open tasks of the scale run, written straight into the engine's tables: instances :first to
-- :last of giao-viec (its latest deployed version) waiting at "Báo cáo kết quả thực hiện nhiệm
-- vụ", each with the rows the engine and our listeners write when a real instance gets there
-- (execution, task, candidate group, the task's authorizations, variables and their task copies,
-- history, kstthc_open_task and the dossier's on-time row). Copied from an instance started
-- through REST, so that the engine can complete a generated task like any other.
--   psql -v first=1 -v last=1000 -f benchmark/scale/open-tasks.sql
-- Spread: unit don-vi-01..50 by turns; one task in four assigned to an officer of its unit; due
-- dates from 20 days ago to 40 days ahead (17:30, the end of a working day).
\set ON_ERROR_STOP on
set synchronous_commit = off;
begin;
create temporary table scale_open on commit drop as
select n,
       'sc-pi-' || lpad(n::text, 7, '0')                     as pi,
       'sc-t-' || lpad(n::text, 7, '0')                      as task,
       'UserTask_ReportResult:sc-ai-' || lpad(n::text, 7, '0') as act_inst,
       'don-vi-' || lpad((n % 50 + 1)::text, 2, '0')        as unit,
       case when n % 4 = 0 then 'dv' || lpad((n % 50 + 1)::text, 2, '0') || '.cb' || ((n / 4) % 4 + 1) end as assignee,
       'GV-SC-' || lpad(n::text, 7, '0')                     as case_number,
       date_trunc('day', localtimestamp) + ((n * 7919) % 60 - 20) * interval '1 day' + interval '17 hours 30 minutes' as due,
       (select id_ from act_re_procdef where key_ = 'giao-viec' order by version_ desc limit 1) as def
  from generate_series(:first, :last) n;
-- Numbers whose dossier a measured run already took on (completed at its first step, it waits or
-- ended elsewhere: open-tasks-delete.sql leaves it) are not generated again.
delete from scale_open where pi in (select id_ from act_hi_procinst where id_ like 'sc-pi-%');
alter table scale_open add column created timestamp;
-- created 1 to 20 days ago, in the morning
update scale_open set created = date_trunc('day', localtimestamp) - ((n * 31) % 20 + 1) * interval '1 day' + interval '8 hours';

insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_, act_id_,
    act_inst_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, cached_ent_state_,
    sequence_counter_, proc_def_key_)
select pi, 1, pi, pi, case_number, def, 'UserTask_ReportResult', act_inst, true, false, true, false, 1, 18, 3, 'giao-viec'
  from scale_open;
insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, assignee_,
    priority_, create_time_, due_date_, suspension_state_, task_state_)
select task, 1, pi, pi, def, 'Báo cáo kết quả thực hiện nhiệm vụ', 'UserTask_ReportResult', assignee, 50, created, due, 1, 'Created'
  from scale_open;
insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
select 'sc-il-' || n, 1, unit, 'candidate', task from scale_open;
-- what the engine grants the candidate group (default-user-permission-name-for-task TASK_WORK,
-- READ_VARIABLE) on the task and on its history
insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
select 'sc-au-t-' || n, 1, 1, unit, 7, task, 16450 from scale_open;
insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_, root_proc_inst_id_)
select 'sc-au-h-' || n, 1, 1, unit, 19, task, 66, pi from scale_open;

insert into act_ru_variable (id_, rev_, type_, name_, execution_id_, proc_inst_id_, task_id_, text_, var_scope_,
    sequence_counter_, is_concurrent_local_)
select 'sc-v-' || v.name || '-' || n, 1, 'string', v.name, pi, pi, case when v.local then task end, v.value,
       case when v.local then task else pi end, 1, false
  from scale_open
 cross join lateral (values
   ('nguoiGiao', 'vps.an', false),
   ('hanHoanThanh', to_char(due, 'YYYY-MM-DD'), false),
   ('donViChuTri', unit, false),
   ('noiDung', 'Nội dung nhiệm vụ số ' || n, false),
   ('tieuDe', 'Nhiệm vụ số ' || n, false),
   ('tenThuTuc', 'Giao và theo dõi nhiệm vụ', false),
   ('maSoHoSo', case_number, false),
   ('hienThiTieuDe', 'Nhiệm vụ số ' || n, true),
   ('hienThiTenThuTuc', 'Giao và theo dõi nhiệm vụ', true),
   ('hienThiMaSoHoSo', case_number, true)) as v(name, value, local);

insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
    start_user_id_, start_act_id_, root_proc_inst_id_, state_)
select pi, pi, case_number, 'giao-viec', def, created - interval '1 minute', 'vps.an', 'StartEvent_TaskAssigned', pi, 'ACTIVE'
  from scale_open;
insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
    execution_id_, act_id_, task_id_, act_name_, act_type_, assignee_, start_time_, end_time_, duration_,
    act_inst_state_, sequence_counter_)
select 'StartEvent_TaskAssigned:sc-as-' || lpad(n::text, 7, '0'), pi, 'giao-viec', def, pi, pi, pi,
       'StartEvent_TaskAssigned', null, 'Văn phòng giao nhiệm vụ', 'startEvent', null,
       created - interval '1 minute', created, 60000, 4, 1
  from scale_open
union all
select act_inst, pi, 'giao-viec', def, pi, pi, pi, 'UserTask_ReportResult', task, 'Báo cáo kết quả thực hiện nhiệm vụ',
       'userTask', assignee, created, null, null, 0, 3
  from scale_open;
insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
    execution_id_, act_inst_id_, name_, assignee_, start_time_, priority_, due_date_, task_state_)
select task, 'UserTask_ReportResult', 'giao-viec', def, pi, pi, pi, act_inst, 'Báo cáo kết quả thực hiện nhiệm vụ',
       assignee, created, 50, due, 'Created'
  from scale_open;
insert into act_hi_identitylink (id_, timestamp_, type_, group_id_, task_id_, root_proc_inst_id_, proc_def_id_,
    operation_type_, proc_def_key_)
select 'sc-hil-' || n, created, 'candidate', unit, task, pi, def, 'add', 'giao-viec' from scale_open;

insert into kstthc_open_task (task_id, process_instance_id, due_kind, unit_id)
select task, pi, 'DAYS', unit from scale_open;
insert into kstthc_deadline_outcome (id, kind, process_instance_id, process_definition_key, business_key,
    activity_name, unit_id, officer_id, started_at)
select pi, 'INSTANCE', pi, 'giao-viec', case_number, 'Giao và theo dõi nhiệm vụ', unit, 'vps.an', created - interval '1 minute'
  from scale_open;
commit;
