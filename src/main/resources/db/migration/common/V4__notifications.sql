-- Notifications to officers (new task, assignment, reminder, escalation): one row per recipient
-- and channel, written in the engine's transaction; one Camunda job per event (vn.kstthc.
-- notification.NotificationJobHandler) sends them after the commit; a row that fails gets its own
-- job, retried with delays and, at the end, an incident in Cockpit. The row records what was sent, to which address, and when.
create table kstthc_notification (
  id                  varchar(64)   not null primary key,
  event_id            varchar(64)   not null,   -- rows queued together, sent by one job
  dedup_key           varchar(400)  not null,
  kind                varchar(20)   not null,   -- CONG_VIEC_MOI, DUOC_GIAO, SAP_DEN_HAN, QUA_HAN
  channel             varchar(20)   not null,   -- mail, log, ...
  recipient           varchar(255)  not null,   -- user id
  task_id             varchar(64),
  process_instance_id varchar(64),
  subject             varchar(500)  not null,
  body                varchar(4000) not null,
  status              varchar(10)   not null,   -- PENDING, SENT, SKIPPED
  created_at          timestamp     not null,
  sent_at             timestamp,
  address             varchar(255),
  note                varchar(1000)
);
create unique index kstthc_notification_dedup on kstthc_notification (dedup_key);
create index kstthc_notification_task on kstthc_notification (task_id);
create index kstthc_notification_event on kstthc_notification (event_id);
