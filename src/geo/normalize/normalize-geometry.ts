// One door for every geometry that enters the app (file import, drawing and
// editing, analysis inputs, the CLI): areal geometries through normalizeAreal,
// lines without consecutive repeats (and dropped under two distinct
// positions), points as they are. Unchanged input comes back as the same
// object; the report says what changed (describeNormalization for the UI).

import type { Feature, Geometry, LineString, MultiLineString, Position } from "geojson";
import { dropRepeatedPositions } from "./clean-ring";
import { addReport, emptyReport, type NormalizationReport } from "./normalization-report";
import { normalizeAreal } from "./normalize-areal";

export interface NormalizedGeometry {
  /** null when nothing usable is left (e.g. a polygon without area). */
  geometry: Geometry | null;
  report: NormalizationReport;
}

function normalizeLines(lines: Position[][], report: NormalizationReport): Position[][] | null {
  let changed = false;
  const kept: Position[][] = [];
  for (const line of lines) {
    const { positions, repeatedRemoved } = dropRepeatedPositions(line);
    report.repeatedPositionsRemoved += repeatedRemoved;
    if (positions !== line) changed = true;
    if (positions.length < 2) {
      report.degeneratePartsRemoved++;
      changed = true;
      continue;
    }
    kept.push(positions);
  }
  return changed ? kept : null;
}

function normalizeLineGeometry(geometry: LineString | MultiLineString): NormalizedGeometry {
  const report = emptyReport();
  const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
  const kept = normalizeLines(lines, report);
  if (kept === null) return { geometry, report };
  if (kept.length === 0) return { geometry: null, report };
  if (geometry.type === "LineString") return { geometry: { type: "LineString", coordinates: kept[0] }, report };
  return { geometry: { type: "MultiLineString", coordinates: kept }, report };
}

export function normalizeGeometry(geometry: Geometry): NormalizedGeometry {
  switch (geometry.type) {
    case "Polygon":
    case "MultiPolygon":
      return normalizeAreal(geometry);
    case "LineString":
    case "MultiLineString":
      return normalizeLineGeometry(geometry);
    case "GeometryCollection": {
      let report = emptyReport();
      let changed = false;
      const members: Geometry[] = [];
      for (const member of geometry.geometries) {
        const result = normalizeGeometry(member);
        report = addReport(report, result.report);
        if (result.geometry !== member) changed = true;
        if (result.geometry) members.push(result.geometry);
      }
      if (!changed) return { geometry, report };
      return { geometry: members.length ? { type: "GeometryCollection", geometries: members } : null, report };
    }
    default:
      return { geometry, report: emptyReport() };
  }
}

export interface NormalizedFeatures<G extends Geometry | null> {
  features: Feature<G | null>[];
  report: NormalizationReport;
}

/** Normalises every feature's geometry; a feature whose geometry did not change is returned as it was. */
export function normalizeFeatures<G extends Geometry | null>(features: readonly Feature<G>[]): NormalizedFeatures<G> {
  let report = emptyReport();
  const result = features.map((feature): Feature<G | null> => {
    if (!feature.geometry) return feature;
    const normalized = normalizeGeometry(feature.geometry);
    report = addReport(report, normalized.report);
    return normalized.geometry === feature.geometry ? feature : { ...feature, geometry: normalized.geometry as G | null };
  });
  return { features: result, report };
}
