// How the records that are not OGC items on the device — drill plans, marker
// inspections, patrols — travel as GeoJSON Features of the server's
// `drills`, `marker-inspections` and `patrols` collections, and back. The
// whole record goes in `properties` (so nothing is lost on the way); the
// geometry is what the server indexes: a drill's map elements, a patrol's
// GPS track, an inspection's point: where its marker stands, else where the
// inspector stood ("Lấy vị trí hiện tại"); only an inspection of a marker no
// workspace holds and taken without a position travels as an empty point.

import type { Feature, Geometry, GeometryCollection, LineString, MultiLineString, Point, Position } from "geojson";
import type { DrillPlan } from "../../domain/drill-plan";
import type { MarkerInspection } from "../../domain/border-marker-register";
import type { PatrolRecord } from "../../domain/patrol-log";

export type RevisedCollection = "drills" | "marker-inspections" | "patrols";

/** Properties the server owns; stripped from what is stored on the device. */
const SERVER_OWNED = ["version", "communeCodes", "deletedAt"] as const;

function withoutServerFields(properties: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...properties };
  for (const name of SERVER_OWNED) delete copy[name];
  return copy;
}

export function drillFeature(plan: DrillPlan, deletedAt: string | null = null): Feature<GeometryCollection> {
  const { id, ...properties } = plan;
  const geometries = plan.elements.map((element) => element.geometry as Geometry);
  return { type: "Feature", id, geometry: { type: "GeometryCollection", geometries }, properties: { ...structuredClone(properties), deletedAt } };
}

export function inspectionFeature(inspection: MarkerInspection, markerPosition: Position | null): Feature<Point> {
  const { id, ...properties } = inspection;
  const standing = inspection.position ? [inspection.position.lon, inspection.position.lat] : [];
  return { type: "Feature", id, geometry: { type: "Point", coordinates: markerPosition ?? standing }, properties: { ...structuredClone(properties), deletedAt: null } };
}

export function patrolFeature(patrol: PatrolRecord, deletedAt: string | null = null): Feature<LineString | MultiLineString> {
  const { id, track, ...properties } = patrol;
  return { type: "Feature", id, geometry: track ?? { type: "MultiLineString", coordinates: [] }, properties: { ...structuredClone(properties), deletedAt } };
}

export function drillFromFeature(feature: Feature): DrillPlan {
  return { ...(withoutServerFields(feature.properties ?? {}) as Omit<DrillPlan, "id">), id: String(feature.id) };
}

export function inspectionFromFeature(feature: Feature): MarkerInspection {
  return { ...(withoutServerFields(feature.properties ?? {}) as Omit<MarkerInspection, "id">), id: String(feature.id) };
}

export function patrolFromFeature(feature: Feature): PatrolRecord {
  const geometry = feature.geometry as LineString | MultiLineString | null;
  const track = geometry && geometry.coordinates.length > 0 ? geometry : null;
  return { ...(withoutServerFields(feature.properties ?? {}) as Omit<PatrolRecord, "id" | "track">), id: String(feature.id), track };
}
