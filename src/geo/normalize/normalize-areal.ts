// Normalises a Polygon or MultiPolygon for every entry point (import, editing,
// analysis, CLI): repeated positions dropped, rings closed, degenerate rings
// and parts dropped, crossing or touching rings rebuilt with Clipper2, rings
// in RFC 7946 order. A valid, simple, correctly oriented polygon comes back as
// the very same object, so nothing the user drew is ever changed silently.

import type { MultiPolygon, Polygon, Position } from "geojson";
import { cleanRing } from "./clean-ring";
import { emptyReport, type NormalizationReport } from "./normalization-report";
import { polygonNeedsRepair } from "./ring-contacts";
import { orientRing } from "./ring-orientation";
import { repairPolygon } from "./repair-with-clipper";

export type ArealGeometry = Polygon | MultiPolygon;

export interface NormalizedAreal {
  /** null when nothing with an area is left. */
  geometry: ArealGeometry | null;
  report: NormalizationReport;
}

/** True when the ring has under three distinct positions or all of them lie on one line. */
function degenerateRing(ring: readonly Position[]): boolean {
  if (ring.length < 4) return true;
  const [x0, y0] = ring[0];
  const [x1, y1] = ring[1];
  for (let i = 2; i < ring.length - 1; i++) {
    if ((x1 - x0) * (ring[i][1] - y0) - (y1 - y0) * (ring[i][0] - x0) !== 0) return false;
  }
  return true;
}

/** Cleans one polygon's rings; returns the polygons it becomes (none, itself, or several after a repair). */
function normalizePolygon(rings: Position[][], report: NormalizationReport): Position[][][] {
  let changed = false;
  const cleaned: Position[][] = [];
  for (let index = 0; index < rings.length; index++) {
    const { positions, repeatedRemoved, closed } = cleanRing(rings[index]);
    report.repeatedPositionsRemoved += repeatedRemoved;
    if (closed) report.ringsClosed++;
    if (positions !== rings[index]) changed = true;
    if (degenerateRing(positions)) {
      report.degenerateRingsRemoved++;
      changed = true;
      if (index === 0) {
        // no outer ring, no polygon: its holes go with it
        report.degeneratePartsRemoved++;
        return [];
      }
      continue;
    }
    cleaned.push(positions);
  }
  if (cleaned.length === 0) {
    report.degeneratePartsRemoved++;
    return [];
  }
  if (polygonNeedsRepair(cleaned)) {
    report.polygonsRepaired++;
    const repaired = repairPolygon(cleaned);
    if (repaired.length === 0) report.degeneratePartsRemoved++;
    return repaired;
  }
  const oriented = cleaned.map((ring, index) => {
    const { ring: result, reversed } = orientRing(ring, index === 0);
    if (reversed) {
      report.ringsReoriented++;
      changed = true;
    }
    return result;
  });
  return changed ? [oriented] : [rings];
}

export function normalizeAreal(geometry: ArealGeometry): NormalizedAreal {
  const report = emptyReport();
  const inputPolygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const outputPolygons: Position[][][] = [];
  let identical = true;
  for (const rings of inputPolygons) {
    const result = normalizePolygon(rings, report);
    if (result.length !== 1 || result[0] !== rings) identical = false;
    outputPolygons.push(...result);
  }
  if (identical) return { geometry, report };
  if (outputPolygons.length === 0) return { geometry: null, report };
  if (geometry.type === "Polygon" && outputPolygons.length === 1) return { geometry: { type: "Polygon", coordinates: outputPolygons[0] }, report };
  return { geometry: { type: "MultiPolygon", coordinates: outputPolygons }, report };
}
