-- Who recorded a petition: the integration client's account for POST /api/pakn, the officer's
-- for the start form (the instance's initiator). And the summary an officer writes for the public
-- page of answers: the content as sent may name the sender, the summary must not.
alter table kstthc_petition add column recorded_by varchar(64);
alter table kstthc_petition add column public_summary varchar(1000);
