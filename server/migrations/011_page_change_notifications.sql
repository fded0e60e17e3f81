-- The items-page cache of every server process (src/ogc/item-page-cache.ts)
-- hears of each committed change that may alter a page, whoever wrote it
-- (another process, an admin command, psql). PostgreSQL delivers a NOTIFY
-- at commit and drops it on rollback.
--
-- `oapif_pages`: one per statement on features / attachments, with the
-- collections touched and the box around the old and the new geometries
-- (a moved point leaves one page and enters another):
--   {"collections": ["incidents"], "box": [west, south, east, north] | null}
-- `oapif_access`: who sees what changed (a user's unit or `disabled`, a
-- unit's kind, a unit's communes): every cached page is forgotten.

-- One function for insert, update and delete: each branch reads only the transition
-- table its trigger has (a statement naming a missing one would fail when planned).
create function notify_page_changes() returns trigger language plpgsql as $$
declare
  new_collections text[];
  old_collections text[];
  new_box geometry;
  old_box geometry;
  collections text[];
  box box2d;
begin
  if TG_OP <> 'DELETE' then
    select array_agg(distinct collection), st_extent(geometry)::geometry into new_collections, new_box from changed_rows;
  end if;
  if TG_OP <> 'INSERT' then
    select array_agg(distinct collection), st_extent(geometry)::geometry into old_collections, old_box from previous_rows;
  end if;
  select array_agg(distinct name) into collections from unnest(coalesce(new_collections, '{}') || coalesce(old_collections, '{}')) as name;
  if collections is null then
    return null;
  end if;
  select st_extent(part) into box from (values (new_box), (old_box)) as boxes (part);
  perform pg_notify('oapif_pages', json_build_object('collections', collections,
    'box', case when box is null then null else json_build_array(st_xmin(box), st_ymin(box), st_xmax(box), st_ymax(box)) end)::text);
  return null;
end $$;

create function notify_attachment_page_changes() returns trigger language plpgsql as $$
begin
  perform pg_notify('oapif_pages', '{"collections": ["attachments"], "box": null}');
  return null;
end $$;

create function notify_access_changes() returns trigger language plpgsql as $$
begin
  perform pg_notify('oapif_access', '');
  return null;
end $$;

create trigger features_pages_insert after insert on features referencing new table as changed_rows
  for each statement execute function notify_page_changes();
create trigger features_pages_update after update on features referencing old table as previous_rows new table as changed_rows
  for each statement execute function notify_page_changes();
create trigger features_pages_delete after delete on features referencing old table as previous_rows
  for each statement execute function notify_page_changes();

create trigger attachments_pages_change after insert or update or delete on attachments
  for each statement execute function notify_attachment_page_changes();

create trigger users_access_change after update of unit_id, disabled or delete on users
  for each statement execute function notify_access_changes();
create trigger units_access_change after update of kind or delete on units
  for each statement execute function notify_access_changes();
create trigger unit_communes_access_change after insert or update or delete on unit_communes
  for each statement execute function notify_access_changes();
