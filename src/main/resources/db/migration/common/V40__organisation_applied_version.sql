-- The version of each organisation file last applied to the engine (vn.kstthc.organisation.
-- AppliedVersions). A node that starts with an older file, or with the same version but another
-- content, stops instead of undoing what a node with a newer file applied.
create table kstthc_org_version (
  source       varchar(20)  not null primary key,  -- 'province' (kstthc.organisation.file) or 'demo'
  version      bigint       not null,
  content_hash varchar(64)  not null,              -- SHA-256 of the file's content as read
  applied_at   timestamp    not null
);
