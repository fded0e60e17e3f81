// Which villages and hotspots the coverage leaves out. A point target is
// covered when it lies in the covered area; a village polygon by the share of
// its area covered (uncovered below `minCoveredShare`, default one half).
// Hotspots also get how many posts reach them (1 = a single point of failure).

import type { Feature, Geometry, Position } from "geojson";
import { featureId, featureName } from "../shapes/feature-identity";
import { geodesicArea } from "../geodesy/geodesic-area";
import { pointInPolygon } from "../indexes/point-in-polygon";
import { representativePoint } from "../shapes/representative-point";
import { intersectSmall } from "../shapes/clip-to-box";
import type { Areal } from "../shapes/polygon-boolean";
import { boxContains, shapeBox, type Box } from "../shapes/shape-bounds";

export interface TargetCoverage {
  id: string;
  name: string;
  /** Covered share of the target, 0–1 (points: 0 or 1). */
  coveredShare: number;
  covered: boolean;
  /** Number of posts whose reach contains the target's representative point. */
  postCount: number;
  population: number | null;
  position: Position;
}

export const DEFAULT_MIN_COVERED_SHARE = 0.5;

function coveredShare(geometry: Geometry, covered: Areal | null, point: Position): number {
  if (!covered) return 0;
  if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") return pointInPolygon(point[0], point[1], covered) ? 1 : 0;
  const total = geodesicArea(geometry);
  if (!(total > 0)) return 0;
  return Math.min(1, geodesicArea(intersectSmall(geometry, covered)) / total);
}

export function targetCoverage(
  targets: readonly Feature<Geometry | null>[],
  covered: Areal | null,
  reaches: readonly (Areal | null)[],
  minCoveredShare = DEFAULT_MIN_COVERED_SHARE,
): TargetCoverage[] {
  const reachBoxes = reaches.map((shape) => (shape ? shapeBox(shape) : null));
  const results: TargetCoverage[] = [];
  targets.forEach((target, index) => {
    if (!target.geometry) return;
    const position = representativePoint(target.geometry);
    if (!position) return;
    const share = coveredShare(target.geometry, covered, position);
    const postCount = reaches.filter((shape, i) => shape && boxContains(reachBoxes[i] as Box, position[0], position[1]) && pointInPolygon(position[0], position[1], shape)).length;
    const population = target.properties?.population;
    results.push({
      id: featureId(target, index),
      name: featureName(target, index),
      coveredShare: share,
      covered: share >= (target.geometry.type === "Point" ? 1 : minCoveredShare),
      postCount,
      population: typeof population === "number" && Number.isFinite(population) ? population : null,
      position,
    });
  });
  return results;
}
