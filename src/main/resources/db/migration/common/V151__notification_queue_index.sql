-- The rows of kstthc_notification are the queue of vn.kstthc.notification.NotificationSender:
-- every node looks for pending rows never tried (status PENDING, tries 0), oldest first, right after
-- each commit that queued some and every 2 seconds. Sent rows are kept 180 days; this index keeps
-- that look from reading them.
create index kstthc_notification_pending on kstthc_notification (status, tries, created_at);
