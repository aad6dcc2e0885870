-- The TTHC catalogue (vn.kstthc.catalogue): the department's administrative procedures as the
-- national TTHC database (CSDL quốc gia về TTHC) knows them, the chair's publication decisions
-- (quyết định công bố) that change them, and each procedure's history. Codes are the national ones
-- (mã TTHC, e.g. 1.004567). Enumerations are stored by their constant names (see the Java enums).
create table kstthc_tthc (
  code              varchar(20)   not null primary key,
  name              varchar(1000) not null,
  field             varchar(255)  not null,                 -- lĩnh vực
  tthc_level        varchar(10)   not null,                 -- TINH, XA
  kind              varchar(12)   not null,                 -- HANH_CHINH, NOI_BO
  implementing_body varchar(500),                           -- cơ quan thực hiện
  owning_unit       varchar(64)   not null,                 -- group id of the unit that owns it
  resolution_time   numeric(7,2),                           -- thời hạn giải quyết
  resolution_unit   varchar(16),                            -- NGAY_LAM_VIEC, NGAY, GIO_LAM_VIEC
  fees              varchar(4000),
  legal_basis       varchar(8000),
  one_stop          boolean       not null,                 -- một cửa
  interconnected    boolean       not null,                 -- liên thông
  online_service    varchar(12)   not null,                 -- TOAN_TRINH, MOT_PHAN, KHONG
  public_postal     boolean       not null,                 -- bưu chính công ích
  boundary_free     boolean       not null,                 -- phi địa giới hành chính
  digitised_results boolean       not null,                 -- số hóa kết quả bắt buộc
  status            varchar(12)   not null,                 -- CON_HIEU_LUC, DA_BAI_BO
  effective_from    date,
  abolished_from    date
);
create index kstthc_tthc_unit on kstthc_tthc (owning_unit);
create index kstthc_tthc_field on kstthc_tthc (field);

create table kstthc_publication_decision (
  id                 varchar(64)  not null primary key,
  decision_number    varchar(100) not null,
  signed_on          date         not null,
  effective_on       date         not null,
  decision_type      varchar(20)  not null,                 -- CONG_BO_TTHC, CONG_BO_DANH_MUC
  source_kind        varchar(20)  not null,                 -- QUYET_DINH_BO, VAN_BAN_TINH
  source_number      varchar(100) not null,
  source_issued_on   date,
  source_learned_on  date,
  recorded_at        timestamp    not null,
  recorded_by        varchar(255) not null
);
create unique index kstthc_decision_number on kstthc_publication_decision (decision_number);

create table kstthc_publication_item (
  decision_id  varchar(64) not null references kstthc_publication_decision (id),
  item_no      integer     not null,
  tthc_code    varchar(20) not null,
  change_kind  varchar(20) not null,                        -- MOI, SUA_DOI_BO_SUNG, THAY_THE, BAI_BO, HUY_BO
  primary key (decision_id, item_no)
);

-- What changed (kind and the columns), by which decision (none for a file import), when, who.
create table kstthc_tthc_history (
  id           varchar(64)   not null primary key,
  tthc_code    varchar(20)   not null references kstthc_tthc (code),
  change_kind  varchar(20)   not null,
  decision_id  varchar(64)   references kstthc_publication_decision (id),
  changed_at   timestamp     not null,
  actor        varchar(255)  not null,
  details      varchar(4000)
);
create index kstthc_tthc_history_code on kstthc_tthc_history (tthc_code, changed_at);

insert into kstthc_lock (name) values ('catalogue');
