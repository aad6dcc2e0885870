-- Users and groups created from the organisation file (vn.kstthc.organisation.OrganisationSynchronizer).
-- Only these are updated or removed when the file changes; users and groups created by hand in
-- Camunda Admin are never touched.
create table kstthc_org_managed (
  kind       varchar(10)  not null,  -- 'GROUP' or 'USER'
  id         varchar(255) not null,  -- Camunda group or user id
  primary key (kind, id)
);
