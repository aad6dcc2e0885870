-- Internal processes (quy trình nội bộ giải quyết TTHC, vn.kstthc.internalprocess): per TTHC of the
-- catalogue, one version per approving decision of the chair, with its ordered steps. Written when
-- the chair approves (phe-duyet-quy-trinh-noi-bo); drafts live in the approving process until then.
create table kstthc_internal_process (
  id                   varchar(64)  not null primary key,
  tthc_code            varchar(20)  not null references kstthc_tthc (code),
  version              integer      not null,
  approval_number      varchar(100) not null,                -- số quyết định phê duyệt
  approved_on          date         not null,
  publication_decision varchar(100),                          -- số quyết định công bố it follows, if any
  process_instance_id  varchar(64),                           -- the approving instance
  recorded_at          timestamp    not null,
  recorded_by          varchar(255) not null
);
create unique index kstthc_internal_process_version on kstthc_internal_process (tthc_code, version);

-- One row per performer of a step: rows of one step share step_no, one of them leads (CHU_TRI).
create table kstthc_internal_process_step (
  process_id     varchar(64)   not null references kstthc_internal_process (id),
  row_no         integer       not null,
  step_no        integer       not null,
  work           varchar(4000) not null,
  performer      varchar(128)  not null,                      -- group id or OutsideBody code
  performer_role varchar(20)   not null,                      -- CHU_TRI, PHOI_HOP, THAM_GIA_Y_KIEN
  hours          numeric(7,2)  not null,                      -- giờ làm việc
  result         varchar(4000),
  primary key (process_id, row_no)
);
