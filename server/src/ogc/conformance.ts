// The conformance classes this server declares (GET /conformance): OGC API –
// Features Part 1 (core, GeoJSON, OpenAPI 3.0) and the Part 4 draft
// (create/replace/delete, update = PATCH with JSON Merge Patch, optimistic
// locking with ETags, applied to features).
//
// Part 4 URIs as the draft's conformance table gives them
// (opengeospatial/ogcapi-features, extensions/transactions/
// create-replace-update-delete/standard/clause_2_conformance.adoc, checked
// 2026-12): its ETag class is listed under `/req/`, not `/conf/`. The
// `/conf/` spelling earlier builds declared is kept so clients written
// against it still find it.

export const CONFORMANCE_CLASSES: readonly string[] = [
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
  "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
  "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
  "http://www.opengis.net/spec/ogcapi-features-4/1.0/req/optimistic-locking-etags",
  "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags",
  "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features",
];
