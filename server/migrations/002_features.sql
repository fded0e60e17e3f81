-- Every record the app keeps, one row per OGC API – Features item, keyed by
-- the client's UUID: incidents, the operational layers (one collection per
-- layer id), drills, marker inspections, patrols. Photos live in
-- `attachments` (binary, each its own item). Rows carry the commune code(s)
-- and owning unit that row-level security decides on, a version for strong
-- ETags, a soft-delete time and a server sequence for the sync cursor.

create sequence change_seq;

create table features (
  id uuid primary key,
  collection text not null check (collection ~ '^[a-z0-9-]{2,64}$'),
  geometry geometry(Geometry, 4326),
  properties jsonb not null default '{}',
  commune_codes text[] not null check (cardinality(commune_codes) > 0),
  owner_unit_id text not null references units (id),
  shared_with_border_station boolean not null default false,
  version integer not null default 1 check (version > 0),
  -- The item's time for the `datetime` filter (occurredAt, date, …).
  datetime timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  deleted_at timestamptz,
  change_seq bigint not null default nextval('change_seq')
);
create index features_geometry_gist on features using gist (geometry);
create index features_communes_gin on features using gin (commune_codes);
create index features_collection_id on features (collection, id);
create index features_collection_datetime on features (collection, datetime);
create index features_owner_unit on features (owner_unit_id);
create index features_change_seq on features (change_seq);
create index features_shared on features (shared_with_border_station) where shared_with_border_station;

create table attachments (
  id uuid primary key,
  incident_id uuid not null references features (id),
  file_name text not null default '',
  media_type text not null default 'application/octet-stream',
  size integer not null default 0 check (size >= 0),
  width integer,
  height integer,
  content bytea,
  commune_codes text[] not null check (cardinality(commune_codes) > 0),
  owner_unit_id text not null references units (id),
  shared_with_border_station boolean not null default false,
  version integer not null default 1 check (version > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  deleted_at timestamptz,
  change_seq bigint not null default nextval('change_seq')
);
create index attachments_incident on attachments (incident_id);
create index attachments_communes_gin on attachments using gin (commune_codes);
create index attachments_owner_unit on attachments (owner_unit_id);
create index attachments_change_seq on attachments (change_seq);

-- Markers, inspections and patrols are border work: always shared with the
-- border station. Every write takes a fresh sequence number for the sync cursor.
create function stamp_feature_change() returns trigger language plpgsql as $$
begin
  new.change_seq := nextval('change_seq');
  new.updated_at := now();
  if tg_table_name = 'features' and new.collection in ('border-marker', 'border-line', 'marker-inspections', 'patrols') then
    new.shared_with_border_station := true;
  end if;
  return new;
end $$;
create trigger features_stamp before insert or update on features for each row execute function stamp_feature_change();
create trigger attachments_stamp before insert or update on attachments for each row execute function stamp_feature_change();

-- Replayed outbox entries: the entry's UUID (Idempotency-Key) → the answer
-- first given, so a replay changes nothing and gets the same answer.
create table idempotency_keys (
  key uuid primary key,
  user_id uuid not null references users (id),
  request_hash text not null,
  status integer not null,
  etag text,
  location text,
  body jsonb,
  created_at timestamptz not null default now()
);
