// RFC 7946 checks on positions, lines and rings: numbers only, WGS 84 ranges,
// lon/lat order that looks swapped for Vietnam, ≥ 2 positions per line,
// closed rings of ≥ 4 positions. Hot path: plain loops, no allocation.

import { setIndex, type GeometryCursor, type GeometryProblemSink } from "./geometry-cursor";

/**
 * Vietnam's extent, generous on purpose: it is only consulted for positions
 * that are already out of range, so a wide box cannot cause false alarms.
 * The south edge reaches the Trường Sa archipelago.
 */
export const VIETNAM_EXTENT = { west: 102, east: 117.5, south: 7.5, north: 23.5 } as const;

/** True when [lon, lat] is not in Vietnam but [lat, lon] would be. */
export function looksSwappedForVietnam(lon: number, lat: number): boolean {
  const { west, east, south, north } = VIETNAM_EXTENT;
  const swappedInside = lat >= west && lat <= east && lon >= south && lon <= north;
  const asIsInside = lon >= west && lon <= east && lat >= south && lat <= north;
  return swappedInside && !asIsInside;
}

/** Checks one position; returns true when it holds only finite numbers (range aside). */
export function checkPosition(position: unknown, cursor: GeometryCursor, sink: GeometryProblemSink): boolean {
  if (!Array.isArray(position)) {
    sink.report("invalid-structure", cursor, position, "position-not-array");
    return false;
  }
  if (position.length < 2) {
    sink.report("invalid-structure", cursor, position, "position-too-short");
    return false;
  }
  for (let n = 0; n < position.length; n++) {
    const value: unknown = position[n];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      sink.report("coordinate-not-number", cursor, position, null);
      return false;
    }
  }
  const lon = position[0] as number;
  const lat = position[1] as number;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    const kind = looksSwappedForVietnam(lon, lat) ? "coordinates-look-swapped" : "coordinate-out-of-range";
    sink.report(kind, cursor, position, null);
  }
  return true;
}

/** Checks the positions of `list`, setting the cursor index at `level` for each. */
export function checkPositions(
  list: readonly unknown[],
  cursor: GeometryCursor,
  level: number,
  sink: GeometryProblemSink,
): void {
  for (let index = 0; index < list.length; index++) {
    setIndex(cursor, level, index);
    checkPosition(list[index], cursor, sink);
  }
  setIndex(cursor, level, -1);
}

/** A LineString's coordinates (or one line of a MultiLineString); the line's own index is already set. */
export function checkLine(line: unknown, cursor: GeometryCursor, level: number, sink: GeometryProblemSink): void {
  if (!Array.isArray(line)) {
    sink.report("invalid-structure", cursor, line, "part-not-array");
    return;
  }
  if (line.length === 0) {
    sink.report("empty-geometry", cursor, "LineString", null);
    return;
  }
  if (line.length === 1) sink.report("line-too-short", cursor, line, null);
  checkPositions(line, cursor, level, sink);
}

/** A linear ring; the ring's own index is already set, `level` is where its positions go. */
export function checkRing(ring: unknown, cursor: GeometryCursor, level: number, sink: GeometryProblemSink): void {
  if (!Array.isArray(ring)) {
    sink.report("invalid-structure", cursor, ring, "part-not-array");
    return;
  }
  let firstIsNumeric = false;
  let lastIsNumeric = false;
  for (let index = 0; index < ring.length; index++) {
    setIndex(cursor, level, index);
    const numeric = checkPosition(ring[index], cursor, sink);
    if (index === 0) firstIsNumeric = numeric;
    if (index === ring.length - 1) lastIsNumeric = numeric;
  }
  setIndex(cursor, level, -1);
  if (ring.length < 4) {
    sink.report("ring-too-short", cursor, ring, null);
  } else if (firstIsNumeric && lastIsNumeric && !samePosition(ring[0], ring[ring.length - 1])) {
    sink.report("unclosed-ring", cursor, ring, null);
  }
}

/** RFC 7946 §3.1.6: first and last positions "MUST contain identical values". */
function samePosition(first: unknown, last: unknown): boolean {
  const a = first as readonly number[];
  const b = last as readonly number[];
  if (a.length !== b.length) return false;
  for (let n = 0; n < a.length; n++) if (a[n] !== b[n]) return false;
  return true;
}
