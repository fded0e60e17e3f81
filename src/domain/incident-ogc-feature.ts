// How an incident record maps onto an OGC API – Features item (OGC 17-069r4,
// GeoJSON encoding; writes per OGC API – Features Part 4): the UUID is the
// feature `id`, lon/lat become a Point `geometry` (CRS84), everything else —
// including `updatedAt` and `version` for optimistic concurrency (sent as
// ETag / If-Match) and `deletedAt` for soft delete — goes in `properties`.
// The provincial server's collection is `incidents`.

import type { Point } from "geojson";
import { isIncidentKind, type IncidentRecord } from "./incident";
import { isIncidentStatus } from "./incident-lifecycle";

export const INCIDENT_COLLECTION = "incidents";

export type IncidentOgcProperties = Omit<IncidentRecord, "id" | "lon" | "lat">;

export interface IncidentOgcFeature {
  type: "Feature";
  id: string;
  geometry: Point;
  properties: IncidentOgcProperties;
}

export function toOgcFeature(record: IncidentRecord): IncidentOgcFeature {
  const { id, lon, lat, ...properties } = record;
  return { type: "Feature", id, geometry: { type: "Point", coordinates: [lon, lat] }, properties: structuredClone(properties) };
}

/** The inverse, for records coming back from the server; null when the item is not an incident. */
export function fromOgcFeature(feature: IncidentOgcFeature): IncidentRecord | null {
  const [lon, lat] = feature.geometry?.coordinates ?? [];
  const { properties } = feature;
  if (typeof lon !== "number" || typeof lat !== "number" || !properties) return null;
  if (!isIncidentKind(properties.kind) || !isIncidentStatus(properties.status) || typeof properties.version !== "number") return null;
  return { ...structuredClone(properties), id: String(feature.id), lon, lat };
}

/** Item path on the server (`/collections/incidents/items/{id}`). */
export function itemPath(id: string): string {
  return `/collections/${INCIDENT_COLLECTION}/items/${encodeURIComponent(id)}`;
}
