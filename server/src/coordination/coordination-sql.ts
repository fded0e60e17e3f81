// SQL that renders directives (with their acknowledgements) and alerts as
// GeoJSON features inside PostgreSQL, as feature-sql.ts does for items. Both
// run as the user: row-level security decides which acknowledgements a
// directive carries (a commune sees its own; the province sees all).

export const DIRECTIVE_JSON = `json_build_object(
  'type', 'Feature',
  'id', d.id,
  'geometry', st_asgeojson(d.geometry)::json,
  'properties', json_build_object(
    'title', d.title, 'text', d.text, 'deadline', d.deadline, 'communeCodes', d.commune_codes,
    'createdAt', d.created_at, 'createdBy', d.created_by_name,
    'acknowledgements', coalesce((
      select json_agg(json_build_object('communeCode', a.commune_code, 'state', a.state, 'at', a.at, 'by', a.by_username) order by a.at, a.commune_code)
      from directive_acknowledgements as a where a.directive_id = d.id), '[]'::json))
)::text`;

/** A directive's place in the sync feed: its own sequence, or its latest visible acknowledgement's. */
export const DIRECTIVE_SEQ = `greatest(d.change_seq, coalesce((select max(a.change_seq) from directive_acknowledgements as a where a.directive_id = d.id), 0))`;

export const ALERT_JSON = `json_build_object(
  'type', 'Feature',
  'id', al.id,
  'geometry', st_asgeojson(al.geometry)::json,
  'properties', json_build_object(
    'kind', al.kind, 'incidentId', al.incident_id, 'communeCode', al.commune_code, 'title', al.title,
    'severity', al.severity, 'createdAt', al.created_at)
)::text`;
