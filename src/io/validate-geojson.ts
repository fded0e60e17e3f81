// Validates a user's GeoJSON file before import: geojson-validation plus the
// RFC 7946 checks it lacks. Returns every problem in Vietnamese with its place,
// and the valid features alone, for an "import only the valid features" choice.
// The valid features are then normalised (src/geo/normalize: repeated
// vertices, ring orientation, self-intersections repaired with Clipper2) and
// the result says what that changed, for the import report.

import type { Feature, FeatureCollection, Geometry } from "geojson";
import { emptyReport, normalizeFeatures, type NormalizationReport } from "../geo/normalize";
import { CappedProblemList, DEFAULT_MAX_PROBLEMS } from "./capped-problem-list";
import { findUnsupportedCrs } from "./crs-check";
import { walkFeatures, type WalkMode } from "./feature-walk";
import {
  featuresNotArrayMessage,
  mostlySwappedMessage,
  noFeaturesMessage,
  notGeoJsonMessage,
  unsupportedCrsMessage,
} from "./file-messages";
import type { GeoJsonProblem, ProblemKind } from "./geojson-problem";
import { isJsonObject } from "./geometry-cursor";
import { readGeoJsonText, type ReadTextOptions } from "./read-geojson-text";

export { DEFAULT_MAX_BYTES } from "./read-geojson-text";
export { DEFAULT_MAX_PROBLEMS } from "./capped-problem-list";
export { summariseSkipped, type SkipTally } from "./skip-summary";
export type { GeoJsonProblem, ProblemKind } from "./geojson-problem";

export interface ValidateOptions extends ReadTextOptions {
  /** Problems listed before the rest are only counted (default 100). */
  maxProblems?: number;
  /** Rebuild self-crossing (bow-tie) polygons instead of reporting them (the user chose "Sửa hình tự cắt"). */
  repairSelfCrossing?: boolean;
}

export interface ValidationResult {
  /** True when nothing at all is wrong: every feature can be imported as is. */
  ok: boolean;
  /** The valid features, normalised; null exactly when `fileProblems` is not empty. */
  collection: FeatureCollection | null;
  validFeatureCount: number;
  invalidFeatureCount: number;
  /** Problems of single features (plus notes with featureIndex null), capped at `maxProblems`. */
  problems: GeoJsonProblem[];
  /** Problems that make the whole file unusable; then nothing may be imported. */
  fileProblems: GeoJsonProblem[];
  /** Skipped features, each counted once under the kind of its first problem (for summariseSkipped). */
  skippedByKind: Partial<Record<ProblemKind, number>>;
  /** What normalising the valid features changed (describeNormalization gives the Vietnamese sentence). */
  normalization: NormalizationReport;
}

const GEOMETRY_TYPES = new Set([
  "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
]);

export function validateGeoJsonText(text: string, options: ValidateOptions = {}): ValidationResult {
  const read = readGeoJsonText(text, options);
  return read.ok ? validateGeoJsonValue(read.value, options) : fileFailure(read.problem);
}

/** Same checks on an already parsed value (which is not modified). */
export function validateGeoJsonValue(root: unknown, options: ValidateOptions = {}): ValidationResult {
  const { fileName } = options;
  if (!isJsonObject(root)) return fileFailure(problemAtRoot("not-geojson", "", notGeoJsonMessage(fileName, false, undefined)));
  const type = root.type;
  if (!isRootType(type)) {
    return fileFailure(problemAtRoot("not-geojson", "type" in root ? "type" : "", notGeoJsonMessage(fileName, true, type)));
  }
  const crs = findUnsupportedCrs(root.crs);
  if (crs) return fileFailure(problemAtRoot("unsupported-crs", "crs", unsupportedCrsMessage(fileName, crs.name, crs.isVn2000)));

  let items: readonly unknown[] = [root];
  let mode: WalkMode = type === "Feature" ? "feature" : "geometry";
  if (type === "FeatureCollection") {
    if (!Array.isArray(root.features)) {
      return fileFailure(problemAtRoot("invalid-structure", "features", featuresNotArrayMessage(fileName)));
    }
    if (root.features.length === 0) return fileFailure(problemAtRoot("no-features", "features", noFeaturesMessage(fileName)));
    items = root.features;
    mode = "collection";
  }

  const list = new CappedProblemList(options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  const outcome = walkFeatures(items, mode, list, options.repairSelfCrossing === true);
  const leading: GeoJsonProblem[] = [];
  // One swapped feature is a typo; most of them means the whole file was written [lat, lon].
  if (outcome.featuresWithGeometry >= 2 && outcome.swappedFeatures * 2 > outcome.featuresWithGeometry) {
    const message = mostlySwappedMessage(fileName, outcome.swappedFeatures, outcome.featuresWithGeometry);
    leading.push(problemAtRoot("coordinates-look-swapped", "", message));
  }
  const problems = list.finish(leading);
  const normalized = normalizeFeatures(outcome.validFeatures);
  // A feature left without geometry (a polygon with no area) is dropped; the report counts it.
  const features = normalized.features.filter((feature): feature is Feature<Geometry> => feature.geometry !== null);
  return {
    ok: problems.length === 0,
    collection: { type: "FeatureCollection", features },
    validFeatureCount: features.length,
    invalidFeatureCount: outcome.invalidFeatureCount,
    problems,
    fileProblems: [],
    skippedByKind: outcome.skippedByKind,
    normalization: normalized.report,
  };
}

/** True when the user may be offered "chỉ nhập các đối tượng hợp lệ" (or a plain import when ok). */
export function canImportValidFeatures(result: Pick<ValidationResult, "fileProblems" | "validFeatureCount">): boolean {
  return result.fileProblems.length === 0 && result.validFeatureCount > 0;
}

function isRootType(type: unknown): type is string {
  return type === "FeatureCollection" || type === "Feature" || (typeof type === "string" && GEOMETRY_TYPES.has(type));
}

function problemAtRoot(kind: ProblemKind, path: string, message: string): GeoJsonProblem {
  return { kind, featureIndex: null, path, message };
}

function fileFailure(problem: GeoJsonProblem): ValidationResult {
  return {
    ok: false,
    collection: null,
    validFeatureCount: 0,
    invalidFeatureCount: 0,
    problems: [],
    fileProblems: [problem],
    skippedByKind: {},
    normalization: emptyReport(),
  };
}
