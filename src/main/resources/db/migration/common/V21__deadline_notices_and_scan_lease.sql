-- Reminders and escalations already told (vn.kstthc.deadline.DeadlineWatcher): one row per task,
-- kind and due date, so that an extended deadline is told again and nothing else twice. Kept apart
-- from the messages (kstthc_notification, deleted after 180 days), a few bytes each, and deleted
-- only once the task's due date is older than the scan's look-back, when it can no longer be told.
create table kstthc_deadline_notice (
  task_id  varchar(64) not null,
  kind     varchar(20) not null,   -- SAP_DEN_HAN, QUA_HAN
  due_date timestamp   not null,
  told_at  timestamp   not null,
  primary key (task_id, kind, due_date)
);
create index kstthc_deadline_notice_due on kstthc_deadline_notice (due_date);

-- Leases (vn.kstthc.platform.DatabaseLock#ifFree): periodic work that one node at a time should do,
-- without holding a transaction open while it runs. A node that dies frees its lease when
-- held_until has passed.
alter table kstthc_lock add column held_by varchar(200);
alter table kstthc_lock add column held_until timestamp;
insert into kstthc_lock (name) values ('deadline-scan');
