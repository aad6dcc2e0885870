-- Camunda 7.24 indexes ACT_RU_TASK by create time, not by due date. The deadline watcher (every
-- minute) and the Tasklist filters "Sắp đến hạn", "Quá hạn", "Quá hạn toàn Sở" all ask for open
-- tasks by due date; without an index that is a scan of every open task. One index on a column
-- written once per task is a small cost on task creation. (Name prefixed so that a Camunda upgrade
-- script cannot collide with it.)
create index kstthc_idx_task_due_date on act_ru_task (due_date_);
