-- How many times a notification has been tried (vn.kstthc.notification.NotificationJobHandler).
-- An event's job sends only the rows never tried; a row whose try failed belongs to its own retry
-- chain from then on. Each job takes its row by raising this count, in the transaction that
-- records the result: a second job, or a second run of the same job, finds the row taken and
-- sends nothing.
alter table kstthc_notification add column tries integer default 0 not null;
