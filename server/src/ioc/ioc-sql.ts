// The province operations centre's queries (IOC), run as the province user
// (row-level security lets a province read every row).
//   COMMUNES_SQL: one GeoJSON Feature per commune — simplified boundary,
//     open incidents by severity (from the live counts of migration 008),
//     overdue marker inspections, drills planned this month, devices not
//     synced for more than $1 days.
//   TILE_SQL: open incidents in tile z/x/y as a Mapbox Vector Tile (ST_AsMVT);
//   COMMUNE_TILE_SQL: below DETAIL_MIN_ZOOM, one point per commune instead
//     (a province-wide tile would otherwise carry a million points).

/** Incident statuses that are still open (src/domain/incident-lifecycle.ts). */
export const OPEN_STATUSES = ["moi", "dang-xac-minh", "dang-xu-ly"];
/** Days after which a marker is due for inspection (src/domain/border-marker-register.ts). */
export const INSPECTION_INTERVAL_DAYS = 30;

/** From this zoom on, tiles carry every incident; below it, one point per commune. */
export const DETAIL_MIN_ZOOM = 13;

const OPEN_INCIDENT = `collection = 'incidents' and deleted_at is null and coalesce(properties ->> 'status', 'moi') = any ($2::text[])`;

export const COMMUNES_SQL = `
with incident_counts as (
  select commune_code as code, json_object_agg(severity, n order by severity) as counts
  from (select commune_code, severity, sum(n) as n from incident_tallies where status = any ($2::text[]) group by 1, 2) as open
  where n > 0 group by 1
),
last_inspection as (
  select properties ->> 'markerId' as marker_id, max(datetime) as at
  from features where collection = 'marker-inspections' and deleted_at is null group by 1
),
overdue as (
  select code, count(*) as n
  from features as marker
  cross join lateral unnest(marker.commune_codes) as code
  left join last_inspection on last_inspection.marker_id = marker.id::text
  where marker.collection = 'border-marker' and marker.deleted_at is null
    and coalesce(greatest(last_inspection.at, case when marker.properties ->> 'lastInspected' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' then (marker.properties ->> 'lastInspected')::timestamptz end), '-infinity')
        < now() - make_interval(days => $3)
  group by code
),
drills as (
  select code, count(*) as n
  from features cross join lateral unnest(commune_codes) as code
  where collection = 'drills' and deleted_at is null
    and datetime >= date_trunc('month', now()) and datetime < date_trunc('month', now()) + interval '1 month'
  group by code
),
stale as (
  select unit_communes.commune_code as code, count(*) as n
  from devices join unit_communes on unit_communes.unit_id = devices.unit_id
  where coalesce(devices.last_sync_at, '-infinity') < now() - make_interval(days => $1)
  group by 1
)
select json_build_object(
  'type', 'Feature',
  'id', communes.code,
  'geometry', st_asgeojson(st_simplifypreservetopology(communes.boundary, 0.0005), 6)::json,
  'properties', json_build_object(
    'code', communes.code, 'name', communes.name,
    'openIncidents', coalesce(incident_counts.counts, '{}'::json),
    'overdueInspections', coalesce(overdue.n, 0),
    'drillsThisMonth', coalesce(drills.n, 0),
    'staleDevices', coalesce(stale.n, 0))
)::text as feature
from communes
left join incident_counts using (code)
left join overdue using (code)
left join drills using (code)
left join stale using (code)
order by communes.code`;

export const TILE_SQL = `
with bounds as (select st_tileenvelope($1, $2, $3) as tile),
points as (
  select st_asmvtgeom(st_transform(geometry, 3857), bounds.tile, 4096, 64, true) as geom,
    id::text as id, coalesce(properties ->> 'severity', 'trung-binh') as severity,
    coalesce(properties ->> 'status', 'moi') as status, commune_codes[1] as "communeCode"
  from features, bounds
  where ${OPEN_INCIDENT.replace("$2", "$4")}
    and geometry && st_transform(st_expand(bounds.tile, 64 * (st_xmax(bounds.tile) - st_xmin(bounds.tile)) / 4096), 4326)
)
select st_asmvt(points, 'incidents', 4096, 'geom') as tile from points where geom is not null`;

/** Per commune: a point inside it, the number of open incidents and the highest open severity. */
export const COMMUNE_TILE_SQL = `
with bounds as (select st_tileenvelope($1, $2, $3) as tile),
open as (
  select commune_code, sum(n) as count,
    (array_agg(severity order by array_position($5::text[], severity) desc nulls last))[1] as severity
  from incident_tallies where status = any ($4::text[]) and n > 0 group by 1
),
points as (
  select st_asmvtgeom(st_transform(st_pointonsurface(communes.boundary), 3857), bounds.tile, 4096, 64, true) as geom,
    communes.code as id, open.severity, open.count::int as count, communes.code as "communeCode"
  from communes join open on open.commune_code = communes.code, bounds
  where communes.boundary && st_transform(bounds.tile, 4326)
)
select st_asmvt(points, 'incidents', 4096, 'geom') as tile from points where geom is not null`;
