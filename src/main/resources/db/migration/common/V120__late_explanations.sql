-- Explanations of late cases (giải trình trễ hạn), kept append-only by vn.kstthc.lateness: nobody
-- updates or deletes a row. A correction is a new row with the next version of the same case, a
-- reason and who made it; the case's current explanation is its highest version. The monthly late
-- list (danh-sach-tre-han) and the periodic report (bao-cao-kiem-soat-tthc) both write here.
-- cause_label copies the label of the controlled list (lateness/nguyen-nhan-tre-han.yaml) when the
-- row is written, so a later edit of the list does not change what a unit said.
create table kstthc_late_explanation (
  id                 varchar(36)   not null primary key,
  case_source        varchar(20)   not null,   -- QUY_TRINH (kstthc_deadline_outcome.id) or MOT_CUA (imported dossier)
  case_ref           varchar(255)  not null,   -- the outcome's id, or the dossier's number in the one-stop system
  version            integer       not null,   -- 1 = first explanation, 2.. = corrections
  unit_id            varchar(64)   not null,   -- the unit that explains (a group id)
  cause_code         varchar(64)   not null,
  cause_label        varchar(500)  not null,
  explanation        varchar(4000) not null,
  correction_reason  varchar(1000),            -- required from version 2 on
  explained_by       varchar(255)  not null,   -- user id
  explained_at       timestamp     not null,
  process_instance_id varchar(64)              -- the late list or report it was given in, if any
);
-- Two explanations written at once for the same case and version: one wins, the other is refused.
create unique index kstthc_late_explanation_version on kstthc_late_explanation (case_source, case_ref, version);
create index kstthc_late_explanation_unit on kstthc_late_explanation (unit_id, explained_at);
