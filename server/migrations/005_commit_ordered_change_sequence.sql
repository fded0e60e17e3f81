-- The sync cursor is a change sequence number, so numbers must become
-- visible in order: if a write holding number 5 committed after one holding
-- 6, a device that already read up to 6 would never see 5. Each writing
-- transaction therefore takes one transaction-scoped advisory lock before it
-- draws its number and keeps it until commit; province write rates are tiny,
-- so serialising writers costs nothing noticeable.

create or replace function stamp_feature_change() returns trigger language plpgsql as $$
begin
  perform pg_advisory_xact_lock(7340015);
  new.change_seq := nextval('change_seq');
  new.updated_at := now();
  if tg_table_name = 'features' then
    -- Nested: plpgsql does not short-circuit, and attachments have no `collection`.
    if new.collection in ('border-marker', 'border-line', 'marker-inspections', 'patrols') then
      new.shared_with_border_station := true;
    end if;
  end if;
  return new;
end $$;
