-- Finished dossiers of the scale run: instances :first to :last of giao-viec that went through both
-- steps (the unit's report, the Văn phòng's confirmation) within the last two years, written
-- straight into the engine's history (instance, tasks, activities, the history authorizations the
-- engine keeps for each task), our on-time records (kstthc_deadline_outcome: the dossier and both
-- steps) and one dossier of the one-stop system (kstthc_dossier_record) each.
--   psql -v first=1 -v last=100000 -f benchmark/scale/finished-instances.sql
-- Not written: the history of variables and the user operation log (no measured query reads them).
-- Spread: ends uniform over 730 days before now; 2 to 14 days from start to end against a 10-day
-- deadline (about a third late); the first step by don-vi-01..50 by turns.
\set ON_ERROR_STOP on
set synchronous_commit = off;
begin;
create temporary table scale_done on commit drop as
select n,
       'sc-fi-' || lpad(n::text, 7, '0')                 as pi,
       'sc-ft1-' || lpad(n::text, 7, '0')                as t1,
       'sc-ft2-' || lpad(n::text, 7, '0')                as t2,
       'don-vi-' || lpad((n % 50 + 1)::text, 2, '0')    as unit,
       'dv' || lpad((n % 50 + 1)::text, 2, '0') || '.cb' || (n % 4 + 1) as officer,
       'GV-SF-' || lpad(n::text, 7, '0')                 as case_number,
       date_trunc('minute', localtimestamp) - ((n::bigint * 7919) % (730 * 1440)) * interval '1 minute' as ended,
       2 + n % 13                                        as days,
       (select id_ from act_re_procdef where key_ = 'giao-viec' order by version_ desc limit 1) as def
  from generate_series(:first, :last) n;
alter table scale_done add column started timestamp, add column handed timestamp, add column due timestamp;
update scale_done set started = ended - days * interval '1 day',
                      handed = ended - days * interval '1 day' + days * interval '19 hours',
                      due = date_trunc('day', ended - days * interval '1 day') + interval '10 days 17 hours 30 minutes';

insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_,
    removal_time_, duration_, start_user_id_, start_act_id_, end_act_id_, root_proc_inst_id_, state_)
select pi, pi, case_number, 'giao-viec', def, started, ended, ended + interval '1825 days',
       extract(epoch from ended - started)::bigint * 1000, 'vps.an', 'StartEvent_TaskAssigned', 'EndEvent_TaskCompleted', pi, 'COMPLETED'
  from scale_done;
insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
    execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_, delete_reason_, priority_,
    due_date_, removal_time_, task_state_)
select t1, 'UserTask_ReportResult', 'giao-viec', def, pi, pi, pi, 'UserTask_ReportResult:' || t1,
       'Báo cáo kết quả thực hiện nhiệm vụ', officer, started + interval '1 minute', handed,
       extract(epoch from handed - started)::bigint * 1000, 'completed', 50, started + interval '7 days',
       ended + interval '1825 days', 'Completed'
  from scale_done
union all
select t2, 'UserTask_ConfirmResult', 'giao-viec', def, pi, pi, pi, 'UserTask_ConfirmResult:' || t2,
       'Xác nhận kết quả nhiệm vụ', 'vps.an', handed, ended, extract(epoch from ended - handed)::bigint * 1000,
       'completed', 50, handed + interval '2 days', ended + interval '1825 days', 'Completed'
  from scale_done;
insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
    execution_id_, act_id_, task_id_, act_name_, act_type_, assignee_, start_time_, end_time_, duration_,
    act_inst_state_, sequence_counter_, removal_time_)
select a.id || ':' || pi, pi, 'giao-viec', def, pi, pi, pi, a.id, a.task, a.name, a.type, a.assignee, a.s, a.e,
       extract(epoch from a.e - a.s)::bigint * 1000, 4, a.seq, ended + interval '1825 days'
  from scale_done
 cross join lateral (values
   ('StartEvent_TaskAssigned', null, 'Văn phòng giao nhiệm vụ', 'startEvent', null, started, started, 1),
   ('UserTask_ReportResult', t1, 'Báo cáo kết quả thực hiện nhiệm vụ', 'userTask', officer, started, handed, 3),
   ('UserTask_ConfirmResult', t2, 'Xác nhận kết quả nhiệm vụ', 'userTask', 'vps.an', handed, ended, 5),
   ('Gateway_ResultAccepted', null, 'Kết quả đạt yêu cầu?', 'exclusiveGateway', null, ended, ended, 7),
   ('EndEvent_TaskCompleted', null, 'Nhiệm vụ hoàn thành', 'noneEndEvent', null, ended, ended, 9))
   as a(id, task, name, type, assignee, s, e, seq);
insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_, root_proc_inst_id_, removal_time_)
select 'sc-au-f1-' || n, 1, 1, unit, 19, t1, 66, pi, ended + interval '1825 days' from scale_done
union all
select 'sc-au-f2-' || n, 1, 1, 'van-phong-so', 19, t2, 66, pi, ended + interval '1825 days' from scale_done;

-- on-time records as vn.kstthc.deadline.OutcomeRecorder writes them (by the day: DAYS)
insert into kstthc_deadline_outcome (id, kind, process_instance_id, process_definition_key, business_key, activity_id,
    activity_name, unit_id, officer_id, started_at, due_at, due_kind, finished_at, status, working_days_late)
select id, kind, pi, 'giao-viec', case_number, activity, name, u, officer_id, s, d, 'DAYS', e,
       case when e::date < d::date then 'SOM_HAN' when e::date = d::date then 'DUNG_HAN' else 'TRE_HAN' end,
       case when e::date > d::date then (e::date - d::date) * 5 / 7 + 1 end
  from scale_done
 cross join lateral (values
   (pi, 'INSTANCE', null, 'Giao và theo dõi nhiệm vụ', unit, 'vps.an', started, due, ended),
   (t1, 'TASK', 'UserTask_ReportResult', 'Báo cáo kết quả thực hiện nhiệm vụ', unit, officer,
    started + interval '1 minute', started + interval '7 days', handed),
   (t2, 'TASK', 'UserTask_ConfirmResult', 'Xác nhận kết quả nhiệm vụ', 'van-phong-so', 'vps.an',
    handed, handed + interval '2 days', ended)) as o(id, kind, activity, name, u, officer_id, s, d, e);

-- the same dossier as the one-stop system knows it (form II.05a counts these)
insert into kstthc_dossier_record (id, unit_id, case_number, tthc_code, tthc_name, field, tthc_level, channel,
    received_on, due_on, finished_on, state, entry, recorded_by, recorded_at)
select 'sc-dr-' || n, unit, case_number, '1.00' || (n % 90 + 10), 'Thủ tục số ' || (n % 90 + 10),
       case n % 3 when 0 then 'Hoạt động khoa học và công nghệ' when 1 then 'Tiêu chuẩn đo lường chất lượng' else 'Sở hữu trí tuệ' end,
       case when n % 5 = 0 then 'XA' else 'TINH' end,
       case n % 3 when 0 then 'TRUC_TIEP' when 1 then 'TRUC_TUYEN' else 'BUU_CHINH' end,
       started::date, due::date, ended::date, 'DA_GIAI_QUYET', 'NHAP_TEP', 'vps.an', ended
  from scale_done;
commit;
