-- Pages of incidents by bbox are sorted by id (keyset paging). With this
-- covering index the page is found by walking live incidents in id order
-- and testing each entry's point against the box inside the index
-- (index-only: no heap reads), stopping at the page's end — ≈ 2 ms for a
-- commune's box of 14,500 incidents among a million, where reading every
-- match and sorting takes 50–100 ms. The walk suits a box holding many
-- incidents; items-repository.ts switches to it from PostGIS's own estimate
-- of the box (a tiny box keeps the GiST bitmap). Incidents only: their
-- geometry is a point, so the included geometry stays small (a polygon could
-- exceed the btree row size).
create index features_incidents_live_id on features (id)
  include (geometry, commune_codes, shared_with_border_station)
  where collection = 'incidents' and deleted_at is null;

-- PostGIS's estimate of the rows of `features` whose geometry overlaps a box,
-- or null while the table has no statistics yet (PostGIS then raises).
create function app.estimated_box_rows(box geometry) returns double precision language plpgsql stable as $$
begin
  return _postgis_selectivity('features'::regclass, 'geometry', box) * (select reltuples from pg_class where oid = 'features'::regclass);
exception when others then
  return null;
end $$;
grant execute on function app.estimated_box_rows(geometry) to oapif_api;
