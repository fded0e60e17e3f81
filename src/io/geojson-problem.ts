// The problem record that GeoJSON import validation reports: what is wrong,
// where (feature index and JSON path), and a Vietnamese message for the officer.

/** Every kind of problem the GeoJSON import validation can report. */
export type ProblemKind =
  // Whole-file problems: nothing in the file can be imported.
  | "not-json"
  | "too-large"
  | "empty-file"
  | "not-geojson"
  | "no-features"
  | "unsupported-crs"
  // Per-feature problems: only that feature is skipped on a partial import.
  | "invalid-structure"
  | "null-geometry"
  | "empty-geometry"
  | "coordinate-not-number"
  | "coordinate-out-of-range"
  | "coordinates-look-swapped"
  | "unclosed-ring"
  | "ring-too-short"
  | "line-too-short"
  | "self-intersecting-ring"
  // Marker appended when the list was cut short.
  | "too-many-problems";

export interface GeoJsonProblem {
  readonly kind: ProblemKind;
  /**
   * 0-based index of the feature in the imported collection, or null for a
   * problem about the whole file. A single Feature or bare Geometry is feature 0.
   */
  readonly featureIndex: number | null;
  /**
   * JSON path from the root of the file, e.g. `features[3].geometry.coordinates[0][2]`.
   * The empty string means the root value (the whole file).
   */
  readonly path: string;
  /** Vietnamese, with the place written for humans: "Đối tượng số 4 (features[3]…): …". */
  readonly message: string;
  /** 1-based line and column of a JSON syntax error, when the engine told us. */
  readonly line?: number;
  readonly column?: number;
}

/** Why a part of the file is structurally wrong (kind "invalid-structure"). */
export type StructureReason =
  | "not-object"
  | "feature-type"
  | "missing-geometry"
  | "properties-not-object"
  | "id-invalid"
  | "geometry-not-object"
  | "missing-type"
  | "unknown-type"
  | "coordinates-not-array"
  | "part-not-array"
  | "position-not-array"
  | "position-too-short"
  | "geometries-not-array"
  | "too-deep"
  | "properties-too-deep"
  | "features-not-array"
  /** Reported by the geojson-validation library; the subject is its translated text. */
  | "library";
