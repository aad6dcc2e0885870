-- Case numbers (mã hồ sơ) per procedure and year: vn.kstthc.procedure.CaseNumbers.
create table kstthc_case_sequence (
  prefix varchar(20) not null,
  year_ integer not null,
  last_value bigint not null,
  primary key (prefix, year_)
);
