-- A notification handed to its channel (vn.kstthc.notification.NotificationOutbox#sendAndNote):
-- written in a transaction of its own, committed the moment the mail server accepted the message,
-- before the job that sent it commits. If that job never commits (the JVM killed, the database gone, a
-- failure after the send), its row in kstthc_notification stays PENDING and the job runs again:
-- it finds this mark, records the notification as sent and does not send it a second time. The
-- mark is deleted when the job's own commit records the notification as sent.
create table kstthc_notification_delivery (
  notification_id varchar(64)  not null primary key,
  address         varchar(320) not null,
  delivered_at    timestamp    not null
);
