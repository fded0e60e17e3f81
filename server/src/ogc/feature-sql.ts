// SQL that turns rows into GeoJSON features inside PostgreSQL (one text per
// row, joined by the route without parsing), so a page of 1,000 features
// costs no JSON round trip in Node. Server-kept fields (version, deletedAt,
// communeCodes, sharedWithBorderStation) are merged into `properties`.
//
// A feature is concatenated as text (id is a uuid, the geometry PostGIS's GeoJSON, the
// properties jsonb's own output; `properties` is never null): json_build_object would parse the
// geometry's GeoJSON into json and print it again — twice the time per row (2,000 rows:
// ≈ 50 ms instead of 105–185 ms), which a page of 5,000 in the first sync pays in full.
export const FEATURE_JSON = `('{"type":"Feature","id":"' || id || '","geometry":' || coalesce(st_asgeojson(geometry), 'null')
  || ',"properties":' || (properties || jsonb_build_object(
    'version', version, 'deletedAt', deleted_at, 'communeCodes', commune_codes,
    'sharedWithBorderStation', shared_with_border_station))::text || '}')`;

/** A photo's metadata; `ownerId` is its incident or marker inspection (`incidentId` stays for incident photos, as before). */
export const ATTACHMENT_JSON = `json_build_object(
  'type', 'Feature',
  'id', id,
  'geometry', null,
  'properties', json_build_object(
    'ownerCollection', owner_collection, 'ownerId', incident_id,
    'incidentId', case when owner_collection = 'incidents' then incident_id end, 'fileName', file_name, 'type', media_type, 'size', size,
    'width', width, 'height', height, 'capture', capture, 'hasContent', content is not null,
    'version', version, 'updatedAt', updated_at, 'deletedAt', deleted_at, 'communeCodes', commune_codes,
    'sharedWithBorderStation', shared_with_border_station)
)::text`;
