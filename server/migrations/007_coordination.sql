-- Coordination between the province, communes and border stations (#15):
-- the devices that sync (for the IOC's "not synced for N days"), directives
-- ("chỉ đạo") sent down by the province with each commune's
-- acknowledgements, and alerts ("cảnh báo") raised by incidents that are
-- "khẩn cấp" or lie inside the border belt. Every table has FORCE ROW LEVEL
-- SECURITY; the policies use the same app.ctx_…() context as migration 004.
-- Directives, acknowledgements and alerts draw their change_seq from the one
-- sequence the sync feed pages on, under the same commit-order lock (005).
-- Writers NOTIFY `oapif_changes` (the communes touched + the highest
-- sequence) and `oapif_alert` (a new alert) for GET /sync/events.

create function stamp_change_seq() returns trigger language plpgsql as $$
begin
  perform pg_advisory_xact_lock(7340015);
  new.change_seq := nextval('change_seq');
  return new;
end $$;

-- One row per (device, user): the device's last successful /sync/changes.
create table devices (
  id uuid not null,
  user_id uuid not null references users (id),
  unit_id text not null references units (id),
  first_seen_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  last_sync_at timestamptz,
  primary key (id, user_id)
);
create index devices_unit on devices (unit_id);

create table directives (
  id uuid primary key,
  title text not null check (length(title) between 1 and 300),
  text text not null default '',
  deadline timestamptz,
  geometry geometry(Geometry, 4326),
  commune_codes text[] not null check (cardinality(commune_codes) > 0),
  owner_unit_id text not null references units (id),
  created_by uuid not null references users (id),
  created_by_name text not null default '',
  created_at timestamptz not null default now(),
  change_seq bigint not null default nextval('change_seq')
);
create index directives_communes_gin on directives using gin (commune_codes);
create index directives_change_seq on directives (change_seq);
create trigger directives_stamp before insert on directives for each row execute function stamp_change_seq();

-- One row per (directive, commune, state): recording the same state again changes nothing.
create table directive_acknowledgements (
  directive_id uuid not null references directives (id),
  commune_code text not null references communes (code),
  state text not null check (state in ('da-nhan', 'da-thuc-hien')),
  at timestamptz not null default now(),
  by_user uuid not null references users (id),
  by_username text not null default '',
  unit_id text not null references units (id),
  change_seq bigint not null default nextval('change_seq'),
  primary key (directive_id, commune_code, state)
);
create index directive_acknowledgements_change_seq on directive_acknowledgements (change_seq);
create trigger directive_acknowledgements_stamp before insert on directive_acknowledgements for each row execute function stamp_change_seq();

create table alerts (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('khan-cap', 'vanh-dai-bien-gioi')),
  incident_id uuid not null references features (id),
  commune_code text not null,
  title text not null default '',
  severity text,
  geometry geometry(Point, 4326),
  created_at timestamptz not null default now(),
  change_seq bigint not null default nextval('change_seq'),
  unique (incident_id, kind)
);
create index alerts_commune on alerts (commune_code);
create index alerts_change_seq on alerts (change_seq);
create trigger alerts_stamp before insert on alerts for each row execute function stamp_change_seq();

grant select, insert, update on devices to oapif_api;
grant select, insert on directives, directive_acknowledgements, alerts to oapif_api;

alter table devices enable row level security;
alter table devices force row level security;
alter table directives enable row level security;
alter table directives force row level security;
alter table directive_acknowledgements enable row level security;
alter table directive_acknowledgements force row level security;
alter table alerts enable row level security;
alter table alerts force row level security;

-- Devices: each user records its own; the province reads all (IOC).
create policy devices_read on devices for select using (
  user_id = (select app.ctx_user_id()) or (select app.ctx_unit_kind()) = 'province'
);
create policy devices_write on devices for insert with check (
  user_id = (select app.ctx_user_id()) and unit_id = (select app.ctx_unit_id())
);
create policy devices_update on devices for update using (user_id = (select app.ctx_user_id()))
  with check (user_id = (select app.ctx_user_id()) and unit_id = (select app.ctx_unit_id()));

-- Directives: the province (editors) creates; every unit of an addressed
-- commune — border stations included — reads; nobody edits or deletes.
create policy directives_read on directives for select using (
  (select app.ctx_unit_kind()) = 'province' or commune_codes && (select app.ctx_communes())
);
create policy directives_insert on directives for insert with check (
  (select app.ctx_role()) = 'bien-tap' and (select app.ctx_unit_kind()) = 'province'
  and owner_unit_id = (select app.ctx_unit_id()) and created_by = (select app.ctx_user_id())
);

-- Acknowledgements: a commune unit's editor records them for its own commune
-- of a directive it can see; the province and the commune's units read them.
create policy directive_acknowledgements_read on directive_acknowledgements for select using (
  (select app.ctx_unit_kind()) = 'province' or array[commune_code] <@ (select app.ctx_communes())
);
create policy directive_acknowledgements_insert on directive_acknowledgements for insert with check (
  (select app.ctx_role()) = 'bien-tap'
  and (select app.ctx_unit_kind()) in ('commune', 'commune-military', 'commune-police')
  and array[commune_code] <@ (select app.ctx_communes())
  and unit_id = (select app.ctx_unit_id()) and by_user = (select app.ctx_user_id())
  and exists (select 1 from directives where directives.id = directive_id and directive_acknowledgements.commune_code = any (directives.commune_codes))
);

-- Alerts: read by the province and by the border station(s) covering the
-- commune; written only by the incident trigger below, for an incident the
-- writer can see.
create policy alerts_read on alerts for select using (
  (select app.ctx_unit_kind()) = 'province'
  or ((select app.ctx_unit_kind()) = 'border-station' and array[commune_code] <@ (select app.ctx_communes()))
);
create policy alerts_insert on alerts for insert with check (
  exists (select 1 from features where features.id = incident_id)
);

-- An incident created or updated as "khẩn cấp", or inside its commune's
-- border belt, raises one alert of each kind (once per incident and kind).
-- The border belt ("vành đai biên giới", by regulation up to 1,000 m wide on
-- land): within 1,000 m of a national border line the commune keeps in its
-- `border-line` layer (collection border-line, synced like every layer) —
-- the same line and width the app's own warning uses
-- (src/geo/border-protection/border-belt.ts). The box test (0.015° ≥ 1,000 m
-- at Vietnam's latitudes) lets the GiST index find the candidate lines.
-- Statement-level, so a 500-entry outbox batch is one query, not 500.
create function raise_incident_alerts() returns trigger language plpgsql as $$
declare
  candidate record;
  alert_id uuid;
begin
  for candidate in
    select changed.id, changed.commune_codes[1] as commune, changed.geometry, changed.properties, kinds.kind
    from changed_rows as changed
    cross join (values ('khan-cap'), ('vanh-dai-bien-gioi')) as kinds (kind)
    where changed.collection = 'incidents' and changed.deleted_at is null
      and changed.geometry is not null and geometrytype(changed.geometry) = 'POINT'
      and case kinds.kind
        when 'khan-cap' then changed.properties ->> 'severity' = 'khan-cap'
        else exists (
          select 1 from features as line
          where line.collection = 'border-line' and line.deleted_at is null
            and line.commune_codes && array[changed.commune_codes[1]]
            and line.geometry && st_expand(changed.geometry, 0.015)
            and st_dwithin(line.geometry::geography, changed.geometry::geography, 1000))
      end
  loop
    -- Neither ON CONFLICT nor RETURNING: both need the writer to be allowed to
    -- read alerts, and a commune is not. A repeat is the unique violation.
    alert_id := gen_random_uuid();
    begin
      insert into alerts (id, kind, incident_id, commune_code, title, severity, geometry)
      values (alert_id, candidate.kind, candidate.id, candidate.commune, coalesce(candidate.properties ->> 'title', ''),
        candidate.properties ->> 'severity', candidate.geometry);
      perform pg_notify('oapif_alert', json_build_object('id', alert_id, 'communeCode', candidate.commune)::text);
    exception when unique_violation then
      null;
    end;
  end loop;
  return null;
end $$;
create trigger features_alerts_insert after insert on features referencing new table as changed_rows
  for each statement execute function raise_incident_alerts();
create trigger features_alerts_update after update on features referencing new table as changed_rows
  for each statement execute function raise_incident_alerts();

-- One notification per statement (not per row: a 1,000-entry outbox batch is
-- one statement): the communes touched and the highest sequence written.
-- PostgreSQL delivers it at commit, and drops it on rollback.
create function notify_changes() returns trigger language plpgsql as $$
declare
  payload text;
begin
  select json_build_object('communes', coalesce(array_agg(distinct code), '{}'), 'cursor', max(change_seq)::text)::text
    into payload
  from changed_rows, unnest(commune_codes) as code
  having count(*) > 0;
  if payload is not null then
    perform pg_notify('oapif_changes', payload);
  end if;
  return null;
end $$;
create trigger features_notify_insert after insert on features referencing new table as changed_rows
  for each statement execute function notify_changes();
create trigger features_notify_update after update on features referencing new table as changed_rows
  for each statement execute function notify_changes();
create trigger attachments_notify_insert after insert on attachments referencing new table as changed_rows
  for each statement execute function notify_changes();
create trigger attachments_notify_update after update on attachments referencing new table as changed_rows
  for each statement execute function notify_changes();
create trigger directives_notify after insert on directives referencing new table as changed_rows
  for each statement execute function notify_changes();

create function notify_acknowledgement() returns trigger language plpgsql as $$
begin
  perform pg_notify('oapif_changes', json_build_object('communes', array[new.commune_code], 'cursor', new.change_seq::text)::text);
  return null;
end $$;
create trigger directive_acknowledgements_notify after insert on directive_acknowledgements
  for each row execute function notify_acknowledgement();
