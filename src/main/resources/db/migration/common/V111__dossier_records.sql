-- Dossiers (hồ sơ TTHC) as the provincial one-stop system (hệ thống thông tin giải quyết TTHC)
-- knows them: its export imported by a unit, or entered by hand (vn.kstthc.report). Form II.05a's
-- figures are counted from these rows by the named queries reporting/queries/ii05a-*.sql, so every
-- figure lists the dossiers behind it. Dates only: a dossier is judged by the day (trước hạn /
-- đúng hạn / quá hạn), as the one-stop systems and the circular count it.
create table kstthc_dossier_record (
  id           varchar(64)   not null primary key,
  unit_id      varchar(255)  not null,   -- the group id of the unit that resolves it
  case_number  varchar(100)  not null,   -- mã hồ sơ in the one-stop system
  tthc_code    varchar(20),              -- mã TTHC
  tthc_name    varchar(1000),
  field        varchar(255)  not null,   -- lĩnh vực
  tthc_level   varchar(10)   not null,   -- TINH, XA (as kstthc_tthc)
  channel      varchar(12)   not null,   -- TRUC_TUYEN, TRUC_TIEP, BUU_CHINH
  received_on  date          not null,
  due_on       date          not null,   -- hạn trả kết quả, as the one-stop system set it
  finished_on  date,                     -- resolved, returned or withdrawn on
  state        varchar(16)   not null,   -- DANG_GIAI_QUYET, TAM_DUNG, CHO_BO_SUNG, DA_GIAI_QUYET, TRA_LAI, RUT
  entry        varchar(10)   not null,   -- NHAP_TEP (imported), NHAP_TAY (entered by hand)
  recorded_by  varchar(255)  not null,
  recorded_at  timestamp     not null,
  constraint kstthc_dossier_record_case unique (unit_id, case_number)
);
create index kstthc_dossier_record_received on kstthc_dossier_record (unit_id, received_on);
create index kstthc_dossier_record_finished on kstthc_dossier_record (unit_id, finished_on);
