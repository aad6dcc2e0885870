-- Signed reports, frozen (vn.kstthc.report.ReportSnapshots): the figures as signed, in canonical
-- JSON, with their SHA-256. Rows are only ever inserted: a later recomputation of the period is
-- compared with the snapshot (differences shown), never written over it.
create table kstthc_report_snapshot (
  id            varchar(64)   not null primary key,
  form_id       varchar(50)   not null,
  form_version  integer       not null,
  type_id       varchar(64)   not null,   -- report type, or dot-xuat
  period_first  date          not null,
  period_last   date          not null,
  units         varchar(4000) not null,   -- the units counted, comma-separated; '*' for every unit
  content       text          not null,   -- the filled form as canonical JSON
  checksum      varchar(64)   not null,   -- SHA-256 of content (UTF-8), hex
  signed_by     varchar(255)  not null,
  signed_at     timestamp     not null
);
create index kstthc_report_snapshot_period on kstthc_report_snapshot (form_id, period_first);
