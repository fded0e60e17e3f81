// How analyses name a feature in results, tables and messages: its `id`
// property, else its GeoJSON id, else its position in the layer; and its
// `name`/`label` property for people.

import type { Feature, Geometry, Point, Position } from "geojson";

export function featureId(feature: Feature<Geometry | null>, index: number): string {
  const fromProperties = feature.properties?.id;
  if (typeof fromProperties === "string" || typeof fromProperties === "number") return String(fromProperties);
  if (feature.id !== undefined) return String(feature.id);
  return `#${index + 1}`;
}

export function featureName(feature: Feature<Geometry | null>, index: number): string {
  // Own keys only: an inherited `name` (a `__proto__` property turned prototype) is not the feature's.
  const properties = feature.properties ?? {};
  const name = Object.hasOwn(properties, "name") ? properties.name : Object.hasOwn(properties, "label") ? properties.label : undefined;
  return typeof name === "string" && name.trim() !== "" ? name : featureId(feature, index);
}

export function isPointFeature(feature: Feature<Geometry | null>): feature is Feature<Point> {
  const position = feature.geometry?.type === "Point" ? feature.geometry.coordinates : null;
  return !!position && Number.isFinite(position[0]) && Number.isFinite(position[1]);
}

export function pointOf(feature: Feature<Point>): Position {
  return feature.geometry.coordinates;
}
