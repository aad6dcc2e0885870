-- Petitions (phản ánh, kiến nghị) handled by the process xu-ly-pakn (vn.kstthc.petition). The
-- sender's personal data sit in their own table, apart from the content: a report, an export or a
-- public page reads kstthc_petition and never touches kstthc_petition_sender. Enumerations are
-- stored by their constant names (see the Java enums).
create table kstthc_petition (
  id                   varchar(36)   not null primary key,
  case_number          varchar(40),                          -- maSoHoSo of the instance (PA-2026-0001)
  process_instance_id  varchar(64),
  channel              varchar(20)   not null,               -- VAN_BAN, DIEN_THOAI, HOP_THU, HE_THONG_PAKN, VP_UBND_TINH
  sender_reference     varchar(100),                         -- the sender's or the channel's own number
  title                varchar(500)  not null,
  content              varchar(4000) not null,
  field                varchar(64)   not null,               -- lĩnh vực, the input of the routing DMN
  status               varchar(20)   not null,               -- PetitionStatus
  classification       varchar(20),                          -- PetitionClassification
  handling_unit        varchar(64),                          -- group id of the unit that drafts the answer
  unit_override_reason varchar(1000),                        -- why the classifier did not take the DMN's unit
  closing_reason       varchar(1000),                        -- not handled: why
  forwarded_to         varchar(500),                         -- outside competence: the competent agency
  answer               varchar(4000),
  answer_channel       varchar(10),                          -- EMAIL, BUU_CHINH
  national_reference   varchar(100),                         -- its number on the national PAKN system
  received_on          date          not null,
  created_at           timestamp     not null,
  answered_at          timestamp,                            -- approved by Lãnh đạo Sở
  sent_at              timestamp,
  published_at         timestamp,
  closed_at            timestamp
);
-- The same petition sent twice on one channel is one case (several NULL references are allowed).
create unique index kstthc_petition_reference on kstthc_petition (channel, sender_reference);
create index kstthc_petition_instance on kstthc_petition (process_instance_id);

create table kstthc_petition_sender (
  petition_id varchar(36)  not null primary key references kstthc_petition (id),
  name        varchar(200) not null,
  address     varchar(500),
  phone       varchar(20),
  email       varchar(254)
);

-- Metadata only: the files themselves stay where the channel keeps them (storage_reference).
create table kstthc_petition_attachment (
  id                varchar(36)  not null primary key,
  petition_id       varchar(36)  not null references kstthc_petition (id),
  file_name         varchar(255) not null,
  media_type        varchar(100),
  size_bytes        bigint,
  storage_reference varchar(500)
);
create index kstthc_petition_attachment_petition on kstthc_petition_attachment (petition_id);
