// Checks every feature of a file in one pass: our RFC 7946 walkers first, then
// geojson-validation on features they passed; keeps normalised copies of the
// valid ones and tallies the skipped ones by reason.

import type { Feature } from "geojson";
import { CappedProblemList } from "./capped-problem-list";
import { checkFeature, featureFromGeometry, normaliseFeature } from "./feature-checks";
import { FeatureProblemCollector } from "./feature-problem-collector";
import type { ProblemKind } from "./geojson-problem";
import { checkGeometry } from "./geometry-checks";
import { isJsonObject, newCursor } from "./geometry-cursor";
import { libraryStructureProblems } from "./library-structure-check";


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

export function walkFeatures(items: readonly unknown[], mode: WalkMode, problems: CappedProblemList): WalkOutcome {
  const outcome: WalkOutcome = {
    validFeatures: [],
    invalidFeatureCount: 0,
    skippedByKind: {},
    featuresWithGeometry: 0,
    swappedFeatures: 0,
  };
  const collector = new FeatureProblemCollector();
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
      outcome.validFeatures.push(mode === "geometry" ? featureFromGeometry(valid) : normaliseFeature(valid));
      continue;
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
