-- Named locks for start-up work that several nodes on one database must not do at the same time
-- (vn.kstthc.platform.DatabaseLock): the organisation sync and the administrator set-up.
create table kstthc_lock (
  name varchar(100) not null primary key
);
insert into kstthc_lock (name) values ('organisation');
