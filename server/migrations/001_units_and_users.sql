-- Who may see what: official communes (5-digit code), the units that work in
-- them (UBND xã, Ban CHQS xã, Công an xã, Đồn Biên phòng covering several
-- communes, the province IOC) and their user accounts. Credentials live here:
-- Argon2id password hashes and TOTP secrets, never plain passwords.

create extension if not exists postgis;

create table communes (
  code text primary key check (code ~ '^[0-9]{5}$'),
  name text not null,
  boundary geometry(MultiPolygon, 4326)
);
create index communes_boundary_gist on communes using gist (boundary);

create table units (
  id text primary key check (id ~ '^[a-z0-9-]{2,64}$'),
  kind text not null check (kind in ('commune', 'commune-military', 'commune-police', 'border-station', 'province')),
  name text not null
);

create table unit_communes (
  unit_id text not null references units (id) on delete cascade,
  commune_code text not null references communes (code),
  primary key (unit_id, commune_code)
);
create index unit_communes_commune on unit_communes (commune_code);

create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
  full_name text not null default '',
  unit_id text not null references units (id),
  role text not null check (role in ('bien-tap', 'chi-xem')),
  password_hash text not null,
  totp_secret text not null,
  -- The last 30-second TOTP step accepted: a code is accepted once only.
  last_totp_step bigint not null default 0,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  disabled boolean not null default false,
  created_at timestamptz not null default now()
);
create index users_unit on users (unit_id);

-- Rotating refresh tokens: only a SHA-256 of the token is stored; a token is
-- used once, and reusing a spent one revokes its whole family.
create table refresh_tokens (
  token_hash bytea primary key,
  user_id uuid not null references users (id) on delete cascade,
  family uuid not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index refresh_tokens_family on refresh_tokens (family);
