// Small geometry helpers shared by the sample-data modules.
import * as turf from "@turf/turf";

export const SAMPLE_NOTICE = "Dữ liệu mẫu – không phải vị trí thật";

/** Round a number to `digits` decimals (6 ≈ 0.1 m, 5 ≈ 1 m). */
export function roundTo(value, digits) {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Round every coordinate of a geometry (returns a new geometry) and drop the
 * consecutive duplicate positions rounding may create in lines and rings.
 */
export function roundGeometry(geometry, digits = 6) {
  const walk = (c) => (typeof c[0] === "number" ? c.map((v) => roundTo(v, digits)) : c.map(walk));
  const coordinates = walk(geometry.coordinates);
  const clean = {
    Point: (c) => c,
    LineString: (c) => dedupeRing(c),
    MultiLineString: (c) => c.map(dedupeRing),
    Polygon: (c) => c.map(dedupeRing),
    MultiPolygon: (c) => c.map((poly) => poly.map(dedupeRing)),
  }[geometry.type];
  if (!clean) throw new Error(`unsupported geometry ${geometry.type}`);
  return { type: geometry.type, coordinates: clean(coordinates) };
}

/** Remove consecutive duplicate positions (they appear after rounding). */
export function dedupeRing(ring) {
  const out = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/**
 * Build a sample feature: top-level `id` equal to `properties.id`, and the
 * base properties every sample record carries (sample-data-contract.ts).
 */
export function sampleFeature(id, name, props, geometry) {
  return {
    type: "Feature",
    id,
    properties: { id, name, sample: true, note: SAMPLE_NOTICE, ...props },
    geometry: roundGeometry(geometry, 6),
  };
}

/** Move a [lon, lat] position by `km` kilometres toward `bearing` degrees. */
export function offset(position, km, bearing) {
  return turf.destination(turf.point(position), km, bearing, { units: "kilometers" }).geometry.coordinates;
}

/** Distance in metres between two positions. */
export function distanceM(a, b) {
  return turf.distance(turf.point(a), turf.point(b), { units: "meters" });
}

/** Distance in metres from a position to a LineString geometry. */
export function distanceToLineM(position, line) {
  return turf.pointToLineDistance(turf.point(position), line, { units: "meters" });
}

/** True when the position lies inside (or on the edge of) the polygon. */
export function inside(position, polygon) {
  return turf.booleanPointInPolygon(turf.point(position), polygon);
}

/** Signed area sign of a ring: > 0 means counter-clockwise (RFC 7946 exterior). */
export function ringIsCcw(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    sum += (ring[i][0] - ring[i - 1][0]) * (ring[i][1] + ring[i - 1][1]);
  }
  return sum < 0;
}

/** Today-independent ISO date from a day offset within a year. */
export function isoDate(year, dayOfYear) {
  const d = new Date(Date.UTC(year, 0, 1) + (dayOfYear - 1) * 86400000);
  return d.toISOString().slice(0, 10);
}
