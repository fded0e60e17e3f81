// Checks every feature of a file in one pass: our RFC 7946 walkers first, then
// geojson-validation on features they passed; keeps normalised copies of the
// valid ones and tallies the skipped ones by reason. A polygon ring that
// crosses itself (a bow-tie) is a problem of its feature, unless the caller
// asked for the repair: then the feature is kept with its geometry rebuilt
// (Clipper2 union, non-zero fill: a bow-tie becomes its two lobes).

import type { Feature, MultiPolygon, Polygon } from "geojson";
import { CappedProblemList } from "./capped-problem-list";
import { checkFeature, featureFromGeometry, normaliseFeature } from "./feature-checks";
import { FeatureProblemCollector } from "./feature-problem-collector";
import type { ProblemKind } from "./geojson-problem";
import { checkGeometry } from "./geometry-checks";
import { isJsonObject, newCursor } from "./geometry-cursor";
import { libraryStructureProblems } from "./library-structure-check";
import { firstSelfCrossing } from "../geo/shapes/ring-self-crossing";
import { rebuildAreal } from "../geo/shapes/polygon-boolean";

/** How the items were found: the features of a FeatureCollection, one root Feature, or one root Geometry. */
export type WalkMode = "collection" | "feature" | "geometry";

export interface WalkOutcome {
  validFeatures: Feature[];
  invalidFeatureCount: number;
  /** Skipped features, each counted once under the kind of its first problem. */
  skippedByKind: Partial<Record<ProblemKind, number>>;
  /** Features whose geometry is an object, and how many of them have lon/lat-swapped positions. */
  featuresWithGeometry: number;
  swappedFeatures: number;
}

/**
 * Polygon vertices checked for self-crossing per file. Commune layers are far
 * below it; the national boundary file (7.1 M vertices, none crossing, ~5 s
 * to check) is not worth the wait, so checking stops there.
 */
export const SELF_CROSSING_VERTEX_BUDGET = 2_000_000;

function vertexCount(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let count = 0;
  for (const rings of polygons) for (const ring of rings) count += ring.length;
  return count;
}

/** Reports a self-crossing ring, or (when repairing) rebuilds the geometry; false when the feature must be skipped. */
function selfCrossingChecked(feature: Feature, path: string, repair: boolean, collector: FeatureProblemCollector, budget: { left: number }): boolean {
  const geometry = feature.geometry;
  if (!geometry || (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") || budget.left <= 0) return true;
  budget.left -= vertexCount(geometry);
  const crossing = firstSelfCrossing(geometry);
  if (!crossing) return true;
  if (repair) {
    let repaired: Polygon | MultiPolygon | null = null;
    try {
      repaired = rebuildAreal(geometry);
    } catch {
      // Clipper2 refused the shape: report it as it is.
    }
    if (repaired) {
      feature.geometry = repaired;
      return true;
    }
  }
  const cursor = newCursor(path, path === "" ? "coordinates" : "geometry.coordinates");
  cursor.first = geometry.type === "Polygon" ? crossing.ring : crossing.polygon;
  if (geometry.type === "MultiPolygon") cursor.second = crossing.ring;
  collector.report("self-intersecting-ring", cursor, crossing.at, null);
  return false;
}

export function walkFeatures(items: readonly unknown[], mode: WalkMode, problems: CappedProblemList, repairSelfCrossing = false): WalkOutcome {
  const outcome: WalkOutcome = {
    validFeatures: [],
    invalidFeatureCount: 0,
    skippedByKind: {},
    featuresWithGeometry: 0,
    swappedFeatures: 0,
  };
  const collector = new FeatureProblemCollector();
  const budget = { left: SELF_CROSSING_VERTEX_BUDGET };
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const path = mode === "collection" ? `features[${index}]` : "";
    if (mode === "geometry") checkGeometry(item, path, collector);
    else checkFeature(item, path, collector);
    if (collector.isEmpty) {
      const libraryMessages = libraryStructureProblems(item, mode === "geometry");
      if (libraryMessages.length > 0) {
        collector.report("invalid-structure", newCursor(path, ""), libraryMessages.join("; "), "library");
      }
    }
    const geometry = mode === "geometry" ? item : isJsonObject(item) ? item.geometry : null;
    if (isJsonObject(geometry)) outcome.featuresWithGeometry++;
    if (collector.isEmpty) {
      const valid = item as Record<string, unknown>;
      const feature = mode === "geometry" ? featureFromGeometry(valid) : normaliseFeature(valid);
      if (selfCrossingChecked(feature, path, repairSelfCrossing, collector, budget)) {
        outcome.validFeatures.push(feature);
        continue;
      }
    }
    recordInvalid(outcome, collector, index, problems);
  }
  return outcome;
}

function recordInvalid(
  outcome: WalkOutcome,
  collector: FeatureProblemCollector,
  featureIndex: number,
  problems: CappedProblemList,
): void {
  outcome.invalidFeatureCount++;
  if (collector.has("coordinates-look-swapped")) outcome.swappedFeatures++;
  const primary = collector.primaryKind as ProblemKind;
  outcome.skippedByKind[primary] = (outcome.skippedByKind[primary] ?? 0) + 1;
  if (problems.isFull) problems.skip(collector.size);
  else for (const problem of collector.toProblems(featureIndex)) problems.add(problem);
  collector.clear();
}
