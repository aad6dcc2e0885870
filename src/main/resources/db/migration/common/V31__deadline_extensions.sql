-- Extensions of a dossier's deadline (gia hạn): the only way its deadline changes once set
-- (vn.kstthc.deadline.DossierDeadlines). Each records who extended it, when, from what, to what
-- and why; kstthc_deadline_outcome.due_at holds the deadline in force.
create table kstthc_deadline_extension (
  id                  varchar(64)   not null primary key,
  process_instance_id varchar(64)   not null,
  old_due_at          timestamp,
  old_due_kind        varchar(5),
  new_due_at          timestamp     not null,
  new_due_kind        varchar(5)    not null,
  reason              varchar(1000) not null,
  extended_by         varchar(255)  not null,
  extended_at         timestamp     not null
);
create index kstthc_extension_instance on kstthc_deadline_extension (process_instance_id);
