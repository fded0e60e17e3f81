// One label point per polygon, so a village or parcel name appears once
// instead of once per map tile the polygon crosses. The point lies inside the
// polygon (Turf's pointOnFeature: the centroid when inside, else a surface point).

import { pointOnFeature } from "@turf/turf";
import type { Feature, FeatureCollection, Point } from "geojson";

export const LABEL_POINT_FLAG = "labelPoint";

/** The collection plus, for each (multi)polygon, a Point feature carrying its properties. */
export function withLabelPoints(collection: FeatureCollection): FeatureCollection {
  const points: Feature<Point>[] = [];
  for (const feature of collection.features) {
    const type = feature.geometry?.type;
    if (type !== "Polygon" && type !== "MultiPolygon") continue;
    const anchor = pointOnFeature(feature);
    points.push({
      type: "Feature",
      id: feature.id === undefined ? undefined : `${feature.id}#label`,
      geometry: anchor.geometry,
      properties: { ...feature.properties, id: `${feature.properties?.id ?? feature.id ?? ""}#label`, [LABEL_POINT_FLAG]: true },
    });
  }
  return points.length === 0 ? collection : { ...collection, features: [...collection.features, ...points] };
}
