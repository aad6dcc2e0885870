-- Every user task and every process instance judged against its deadline (sớm hạn / đúng hạn /
-- trễ hạn), written in the engine's transaction by vn.kstthc.deadline.OutcomeRecorder.
-- A row for an instance is written when it starts (finished_at and status empty) and completed
-- when it ends; a row for a task is written when the task is completed. Reports count them per
-- process, unit and officer over a period.
create table kstthc_deadline_outcome (
  id                     varchar(64)  not null primary key,  -- task id or process instance id
  kind                   varchar(10)  not null,              -- 'TASK' or 'INSTANCE'
  process_instance_id    varchar(64)  not null,
  process_definition_key varchar(255) not null,
  business_key           varchar(255),
  activity_id            varchar(255),                       -- task definition key (tasks)
  activity_name          varchar(255),
  unit_id                varchar(255),                       -- candidate group (tasks)
  officer_id             varchar(255),                       -- who completed it (tasks)
  started_at             timestamp    not null,
  due_at                 timestamp,
  finished_at            timestamp,
  status                 varchar(10),                        -- SOM_HAN, DUNG_HAN, TRE_HAN, KHONG_HAN
  working_days_late      integer
);
create index kstthc_outcome_finished on kstthc_deadline_outcome (finished_at);
create index kstthc_outcome_unit on kstthc_deadline_outcome (unit_id, finished_at);
create index kstthc_outcome_officer on kstthc_deadline_outcome (officer_id, finished_at);
