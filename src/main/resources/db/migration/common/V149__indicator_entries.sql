-- Values of the indicators entered by hand (chỉ tiêu, source "manual" in supervision/chi-tieu/*.yaml),
-- kept append-only by vn.kstthc.supervision.IndicatorEntries: nobody updates or deletes a row. A
-- value for the same indicator, unit and period given again is a correction: a new row with the
-- next version, its reason and who gave it; the value that stands is the highest version.
create table kstthc_indicator_entry (
  id                 varchar(36)   not null primary key,
  indicator_code     varchar(64)   not null,   -- the register's code, e.g. van-ban-toan-trinh
  unit_key           varchar(64)   not null,   -- a unit's group id, or '*' for the whole Sở
  period_from        date          not null,
  period_to          date          not null,
  version            integer       not null,   -- 1 = first value, 2.. = corrections
  entry_value        decimal(9,2)  not null,   -- percent, as the target
  correction_reason  varchar(1000),            -- required from version 2 on
  entered_by         varchar(255)  not null,   -- user id
  entered_at         timestamp     not null
);
-- Two values given at once for the same indicator, unit, period and version: one wins.
create unique index kstthc_indicator_entry_version
  on kstthc_indicator_entry (indicator_code, unit_key, period_from, period_to, version);
