-- What a task or dossier is judged by is fixed when its deadline is set, never re-read at the end
-- (vn.kstthc.deadline.OutcomeRecorder):
-- * due_kind: the deadline counted in days ('DAYS', judged by date) or in hours ('HOURS', judged
--   by the minute), from its notation (P3D, PT8H...), not guessed from the time it falls due.
--   Rows written before this version have none: judged by the kind of the process's hanXuLyHoSo
--   notation, or by the minute.
-- * kstthc_open_task: one row per open user task, written when the task is created, deleted when
--   it ends: the kind of its due date and the unit its lateness is charged to (donViChiuTrachNhiem,
--   or the first candidate group as written in the BPMN).
alter table kstthc_deadline_outcome add column due_kind varchar(5);

create table kstthc_open_task (
  task_id             varchar(64)  not null primary key,
  process_instance_id varchar(64)  not null,
  due_kind            varchar(5),                        -- DAYS or HOURS; empty without due date
  unit_id             varchar(255)                       -- the responsible unit (a group id)
);
