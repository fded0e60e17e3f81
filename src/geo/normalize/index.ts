// Geometry normalisation at every entry point: see normalize-geometry.ts.
export { normalizeFeatures, normalizeGeometry, type NormalizedFeatures, type NormalizedGeometry } from "./normalize-geometry";
export { normalizeAreal, type ArealGeometry, type NormalizedAreal } from "./normalize-areal";
export { addReport, emptyReport, reportChangedAnything, type NormalizationReport } from "./normalization-report";
export { describeNormalization } from "./normalization-summary";
