// "Khoảng cách": the tables officers ask for — every hotspot's nearest post,
// every border marker's distance to the border station and to the nearest
// post, and, for one selected feature, its nearest post, headquarters and
// border station with distance and bearing. Ellipsoidal, via NearestIndex.

import type { Feature, Geometry, Position } from "geojson";
import { featureId, featureName } from "../shapes/feature-identity";
import { NearestIndex } from "../indexes/nearest-index";
import { representativePoint } from "../shapes/representative-point";

export interface NearestRow {
  id: string;
  name: string;
  position: Position;
  /** The nearest target, or null when the target layer is empty. */
  nearestId: string | null;
  nearestName: string | null;
  nearestPosition: Position | null;
  metres: number | null;
  bearing: number | null;
}

interface Located {
  feature: Feature<Geometry | null>;
  index: number;
  position: Position;
}

function locate(features: readonly Feature<Geometry | null>[]): Located[] {
  const located: Located[] = [];
  features.forEach((feature, index) => {
    const position = representativePoint(feature.geometry);
    if (position && Number.isFinite(position[0]) && Number.isFinite(position[1])) located.push({ feature, index, position });
  });
  return located;
}

/** For each `from` feature, the nearest `to` feature (ids, names, metres, bearing from → to). */
export function nearestTable(from: readonly Feature<Geometry | null>[], to: readonly Feature<Geometry | null>[]): NearestRow[] {
  const targets = locate(to);
  const index = new NearestIndex(targets.map((target) => target.position));
  return locate(from).map(({ feature, index: i, position }) => {
    const hit = index.nearest(position);
    const target = hit ? targets[hit.index] : null;
    return {
      id: featureId(feature, i),
      name: featureName(feature, i),
      position,
      nearestId: target ? featureId(target.feature, target.index) : null,
      nearestName: target ? featureName(target.feature, target.index) : null,
      nearestPosition: target?.position ?? null,
      metres: hit?.metres ?? null,
      bearing: hit?.bearing ?? null,
    };
  });
}

export interface MarkerDistanceRow {
  id: string;
  name: string;
  station: NearestRow;
  post: NearestRow;
}

export function markerDistanceTable(
  markers: readonly Feature<Geometry | null>[],
  stations: readonly Feature<Geometry | null>[],
  posts: readonly Feature<Geometry | null>[],
): MarkerDistanceRow[] {
  const toStation = nearestTable(markers, stations);
  const toPost = nearestTable(markers, posts);
  return toStation.map((row, i) => ({ id: row.id, name: row.name, station: row, post: toPost[i] }));
}

export interface FeatureSurroundings {
  post: NearestRow | null;
  headquarters: NearestRow | null;
  station: NearestRow | null;
}

export function nearestToFeature(
  feature: Feature<Geometry | null>,
  layers: { posts: readonly Feature<Geometry | null>[]; headquarters: readonly Feature<Geometry | null>[]; stations: readonly Feature<Geometry | null>[] },
): FeatureSurroundings {
  const one = (to: readonly Feature<Geometry | null>[]) => nearestTable([feature], to)[0] ?? null;
  return { post: one(layers.posts), headquarters: one(layers.headquarters), station: one(layers.stations) };
}
