// Attributes points to the polygon containing them (e.g. 100,000 incidents
// to 3,321 communes): one PolygonIndex (Flatbush over boxes + exact test).
// The naive baseline — Turf pointsWithinPolygon per polygon, no index — is
// kept beside it for the benchmark and for tests.

import { pointsWithinPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from "geojson";
import { featureId } from "../shapes/feature-identity";
import { PolygonIndex, type PolygonFeature } from "./polygon-index";

export type Attribution = Record<string, string | null>;

function keyOf(polygon: Feature<Geometry | null>, index: number, key: string): string {
  const value = polygon.properties?.[key];
  return typeof value === "string" || typeof value === "number" ? String(value) : featureId(polygon, index);
}

const isAreal = (feature: Feature<Geometry | null>): feature is Feature<Polygon | MultiPolygon> =>
  feature.geometry?.type === "Polygon" || feature.geometry?.type === "MultiPolygon";

export function attributePoints(points: readonly Feature<Geometry | null>[], polygons: readonly Feature<Geometry | null>[], key: string): Attribution {
  const areal = polygons.filter(isAreal);
  const keys = polygons.flatMap((polygon, index) => (isAreal(polygon) ? [keyOf(polygon, index, key)] : []));
  const index = new PolygonIndex(areal as PolygonFeature[]);
  const assigned: Attribution = {};
  points.forEach((point, i) => {
    if (point.geometry?.type !== "Point") return;
    const [lon, lat] = point.geometry.coordinates;
    const found = index.findContaining(lon, lat);
    assigned[featureId(point, i)] = found < 0 ? null : keys[found];
  });
  return assigned;
}

/** Naive baseline: every polygon tests every point (Turf, no index, no box prefilter). */
export function attributePointsNaive(points: readonly Feature<Geometry | null>[], polygons: readonly Feature<Geometry | null>[], key: string): Attribution {
  const ids = new Map<Feature<Geometry | null>, string>();
  points.forEach((point, i) => point.geometry?.type === "Point" && ids.set(point, featureId(point, i)));
  const pointFeatures = [...ids.keys()] as Feature<Point>[];
  const assigned: Attribution = {};
  for (const id of ids.values()) assigned[id] = null;
  const collection: FeatureCollection<Point> = { type: "FeatureCollection", features: pointFeatures };
  polygons.forEach((polygon, index) => {
    if (!isAreal(polygon)) return;
    for (const inside of pointsWithinPolygon(collection, polygon).features) {
      const id = ids.get(inside as Feature<Point>);
      if (id !== undefined && assigned[id] === null) assigned[id] = keyOf(polygon, index, key);
    }
  });
  return assigned;
}
