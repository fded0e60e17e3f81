-- Live incident counts per commune, severity and status for the IOC
-- (GET /ioc/communes, low-zoom incident tiles): counting a million incidents
-- at every request takes seconds; keeping the counts as incidents are
-- written makes the IOC answer in milliseconds. Maintained by
-- statement-level triggers (one query per write statement, whatever its
-- size). The trigger function runs as the owner (SECURITY DEFINER) because
-- writers may not read the counts: the table has row-level security for the
-- API role (the province reads, nobody else) but not FORCE, so its owner —
-- the trigger — maintains it. Bulk loads with triggers off (session_replication_role
-- = replica) must call rebuild_incident_tallies() afterwards.

create table incident_tallies (
  commune_code text not null,
  severity text not null,
  status text not null,
  n bigint not null,
  primary key (commune_code, severity, status)
);
alter table incident_tallies enable row level security;
grant select on incident_tallies to oapif_api;
create policy incident_tallies_province on incident_tallies for select using ((select app.ctx_unit_kind()) = 'province');

create function rebuild_incident_tallies() returns void language sql security definer set search_path = public, pg_temp as $$
  delete from incident_tallies;
  insert into incident_tallies (commune_code, severity, status, n)
  select commune_codes[1], coalesce(properties ->> 'severity', 'trung-binh'), coalesce(properties ->> 'status', 'moi'), count(*)
  from features where collection = 'incidents' and deleted_at is null
  group by 1, 2, 3;
$$;

create function tally_incidents() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update incident_tallies set n = incident_tallies.n - gone.n
    from (select commune_codes[1] as commune_code, coalesce(properties ->> 'severity', 'trung-binh') as severity,
            coalesce(properties ->> 'status', 'moi') as status, count(*) as n
          from old_rows where collection = 'incidents' and deleted_at is null group by 1, 2, 3) as gone
    where incident_tallies.commune_code = gone.commune_code and incident_tallies.severity = gone.severity and incident_tallies.status = gone.status;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into incident_tallies (commune_code, severity, status, n)
    select commune_codes[1], coalesce(properties ->> 'severity', 'trung-binh'), coalesce(properties ->> 'status', 'moi'), count(*)
    from new_rows where collection = 'incidents' and deleted_at is null group by 1, 2, 3
    on conflict (commune_code, severity, status) do update set n = incident_tallies.n + excluded.n;
  end if;
  return null;
end $$;
create trigger features_tally_insert after insert on features referencing new table as new_rows
  for each statement execute function tally_incidents();
create trigger features_tally_update after update on features referencing old table as old_rows new table as new_rows
  for each statement execute function tally_incidents();

select rebuild_incident_tallies();
