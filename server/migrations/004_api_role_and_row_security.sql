-- The API's database role and the row-level security that delegates access.
-- The server connects as a login role that is a member of `oapif_api`: not the
-- table owner and not a superuser (both bypass RLS), and every table below
-- has FORCE ROW LEVEL SECURITY. The API sets `app.user_id` per transaction
-- (set_config(…, true) = SET LOCAL); the policies derive the unit, its kind,
-- its communes and the role from that user, once per statement (the
-- `(select …)` wrappers become init plans instead of per-row calls).
--
-- Read: province → every row; commune units → rows of their commune(s);
-- Đồn Biên phòng → rows of the communes it covers that are shared with it.
-- Write (role bien-tap only): the same rows, whole row inside the unit's
-- communes; the province writes the rows it owns. Nobody deletes (soft delete).

do $$ begin
  create role oapif_api nologin nosuperuser nobypassrls noinherit;
exception when duplicate_object then null;
end $$;

create schema app;

create function app.ctx_user_id() returns uuid language sql stable as $$
  select nullif(current_setting('app.user_id', true), '')::uuid
$$;

create function app.ctx_unit_id() returns text language sql stable security definer set search_path = public, pg_temp as $$
  select unit_id from users where id = app.ctx_user_id() and not disabled
$$;

create function app.ctx_unit_kind() returns text language sql stable security definer set search_path = public, pg_temp as $$
  select units.kind from users join units on units.id = users.unit_id where users.id = app.ctx_user_id() and not users.disabled
$$;

create function app.ctx_role() returns text language sql stable security definer set search_path = public, pg_temp as $$
  select role from users where id = app.ctx_user_id() and not disabled
$$;

create function app.ctx_communes() returns text[] language sql stable security definer set search_path = public, pg_temp as $$
  select coalesce(array_agg(unit_communes.commune_code order by unit_communes.commune_code), '{}')
  from users join unit_communes on unit_communes.unit_id = users.unit_id
  where users.id = app.ctx_user_id() and not users.disabled
$$;

grant usage on schema app to oapif_api;
grant execute on all functions in schema app to oapif_api;
grant select on communes, units, unit_communes to oapif_api;
grant select, insert, update on features, attachments to oapif_api;
grant select on users to oapif_api;
grant update (failed_logins, locked_until, last_totp_step) on users to oapif_api;
grant select, insert, update on refresh_tokens to oapif_api;
grant select, insert on idempotency_keys to oapif_api;
grant insert on audit_log to oapif_api;
grant usage on sequence change_seq, audit_log_id_seq to oapif_api;

alter table features enable row level security;
alter table features force row level security;
alter table attachments enable row level security;
alter table attachments force row level security;
alter table idempotency_keys enable row level security;
alter table idempotency_keys force row level security;

create policy features_read on features for select using (
  (select app.ctx_unit_kind()) = 'province'
  or (commune_codes && (select app.ctx_communes())
      and ((select app.ctx_unit_kind()) <> 'border-station' or shared_with_border_station))
);
create policy features_insert on features for insert with check (
  (select app.ctx_role()) = 'bien-tap'
  and owner_unit_id = (select app.ctx_unit_id())
  and ((select app.ctx_unit_kind()) = 'province'
       or (commune_codes <@ (select app.ctx_communes())
           and ((select app.ctx_unit_kind()) <> 'border-station' or shared_with_border_station)))
);
create policy features_update on features for update using (
  (select app.ctx_role()) = 'bien-tap'
  and (((select app.ctx_unit_kind()) = 'province' and owner_unit_id = (select app.ctx_unit_id()))
       or ((select app.ctx_unit_kind()) <> 'province'
           and commune_codes <@ (select app.ctx_communes())
           and ((select app.ctx_unit_kind()) <> 'border-station' or shared_with_border_station)))
) with check (
  (select app.ctx_role()) = 'bien-tap'
  and (((select app.ctx_unit_kind()) = 'province' and owner_unit_id = (select app.ctx_unit_id()))
       or ((select app.ctx_unit_kind()) <> 'province'
           and commune_codes <@ (select app.ctx_communes())
           and ((select app.ctx_unit_kind()) <> 'border-station' or shared_with_border_station)))
);

create policy attachments_read on attachments for select using (
  (select app.ctx_unit_kind()) = 'province'
  or (commune_codes && (select app.ctx_communes())
      and ((select app.ctx_unit_kind()) <> 'border-station' or shared_with_border_station))
);
create policy attachments_insert on attachments for insert with check (
  (select app.ctx_role()) = 'bien-tap'
  and owner_unit_id = (select app.ctx_unit_id())
  and ((select app.ctx_unit_kind()) = 'province'
       or (commune_codes <@ (select app.ctx_communes())
           and ((select app.ctx_unit_kind()) <> 'border-station' or shared_with_border_station)))
);
create policy attachments_update on attachments for update using (
  (select app.ctx_role()) = 'bien-tap'
  and (((select app.ctx_unit_kind()) = 'province' and owner_unit_id = (select app.ctx_unit_id()))
       or ((select app.ctx_unit_kind()) <> 'province'
           and commune_codes <@ (select app.ctx_communes())
           and ((select app.ctx_unit_kind()) <> 'border-station' or shared_with_border_station)))
);

create policy idempotency_keys_own on idempotency_keys for all
  using (user_id = (select app.ctx_user_id()))
  with check (user_id = (select app.ctx_user_id()));
