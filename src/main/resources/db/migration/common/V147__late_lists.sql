-- The monthly late lists (danh-sach-tre-han) as assembled, kept as evidence: what was late in the
-- month, charged to which unit and officer, and each unit's on-time rate. Written once when the
-- list is assembled and never changed (vn.kstthc.supervision.LateListRecords has no update or
-- delete; PostgreSQL refuses them, V148). Kept here and not in the process's variables because an
-- officer reads every variable of the case through his own task (the engine's REST): a unit's task
-- gets its own rows only, the Văn phòng's publication task the whole list.
create table kstthc_late_list (
  id            varchar(64) not null primary key,  -- the process instance of danh-sach-tre-han
  list_month    varchar(7)  not null,              -- yyyy-MM, the month listed
  assembled_at  timestamp   not null
);
create index kstthc_late_list_month on kstthc_late_list (list_month);

create table kstthc_late_list_case (
  list_id            varchar(64)   not null references kstthc_late_list (id),
  row_no             integer       not null,   -- the list's order: by unit, then time finished
  case_source        varchar(20)   not null,   -- QUY_TRINH (kstthc_deadline_outcome.id) or MOT_CUA (imported dossier)
  case_ref           varchar(255)  not null,
  dossier            boolean       not null,   -- a whole dossier, not one of its steps
  process_key        varchar(255),             -- null for an imported dossier
  process_name       varchar(1100) not null,   -- as named when assembled; an imported dossier's TTHC: code (20), space, name (1000)
  case_number        varchar(255),
  step_name          varchar(1100),            -- an imported dossier's TTHC too (MonthlyLateWork)
  unit_id            varchar(64),              -- the unit charged (a group id)
  unit_name          varchar(500)  not null,
  officer_id         varchar(255),             -- user id, for a step
  officer_name       varchar(500),             -- the officer's name when assembled
  due_at             timestamp,
  finished_at        timestamp     not null,
  working_days_late  integer       not null,
  primary key (list_id, row_no)
);
create index kstthc_late_list_case_unit on kstthc_late_list_case (list_id, unit_id);

create table kstthc_late_list_rate (
  list_id    varchar(64)  not null references kstthc_late_list (id),
  unit_id    varchar(64)  not null,
  unit_name  varchar(500) not null,
  judged     integer      not null,   -- steps and imported dossiers judged against a deadline
  on_time    integer      not null,
  primary key (list_id, unit_id)
);
