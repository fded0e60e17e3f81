// Checks one Feature object (type, id, properties, geometry) and builds the
// normalised copy that is imported: properties null or missing become {},
// a null id is dropped, foreign members and bbox are left behind. Properties
// nested deeper than MAX_PROPERTY_DEPTH are a problem of that feature: they
// used to pass, then fail in IndexedDB's structured clone and be reported as
// a storage error.

import type { Feature, Geometry } from "geojson";
import { checkGeometry } from "./geometry-checks";
import { isJsonObject, joinPath, newCursor, type GeometryProblemSink } from "./geometry-cursor";

/** Deep enough for any real attribute table (GDAL writes flat ones); far below what breaks structured clone. */
export const MAX_PROPERTY_DEPTH = 32;

/** True when `value` nests objects/arrays deeper than `limit` (iterative: a hostile depth cannot overflow the stack). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== "object" || current === null) continue;
    if (depth >= limit) return true;
    for (const inner of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof inner === "object" && inner !== null) stack.push([inner, depth + 1]);
    }
  }
  return false;
}

/** Reports the problems of the feature at `path` ("" when the feature is the root value). */
export function checkFeature(feature: unknown, path: string, sink: GeometryProblemSink): void {
  if (!isJsonObject(feature)) {
    sink.report("invalid-structure", newCursor(path, ""), feature, "not-object");
    return;
  }
  if (feature.type !== "Feature") {
    sink.report("invalid-structure", newCursor(path, "type"), feature.type, "feature-type");
  }
  const id = feature.id;
  if (id !== undefined && id !== null && typeof id !== "string" && typeof id !== "number") {
    sink.report("invalid-structure", newCursor(path, "id"), id, "id-invalid");
  }
  const properties = feature.properties;
  if (properties !== undefined && properties !== null && !isJsonObject(properties)) {
    sink.report("invalid-structure", newCursor(path, "properties"), properties, "properties-not-object");
  } else if (properties && nestsDeeperThan(properties, MAX_PROPERTY_DEPTH)) {
    sink.report("invalid-structure", newCursor(path, "properties"), "{…}", "properties-too-deep");
  }
  if (!("geometry" in feature)) {
    sink.report("invalid-structure", newCursor(path, "geometry"), undefined, "missing-geometry");
  } else if (feature.geometry === null) {
    sink.report("null-geometry", newCursor(path, "geometry"), null, null);
  } else {
    checkGeometry(feature.geometry, joinPath(path, "geometry"), sink);
  }
}

/** The imported copy of a feature that passed `checkFeature`; the input is not modified. */
export function normaliseFeature(feature: Record<string, unknown>): Feature {
  const properties = isJsonObject(feature.properties) ? feature.properties : {};
  const normalised: Feature = { type: "Feature", geometry: feature.geometry as Geometry, properties };
  const id = feature.id;
  if (typeof id === "string" || typeof id === "number") normalised.id = id;
  return normalised;
}

/** Wraps a bare geometry that passed `checkGeometry` into a feature with empty properties. */
export function featureFromGeometry(geometry: Record<string, unknown>): Feature {
  return { type: "Feature", geometry: geometry as unknown as Geometry, properties: {} };
}
