// Exact point-in-polygon test on GeoJSON coordinates (even-odd ray casting),
// with holes and multipolygons. Points on an edge count as inside.

import type { MultiPolygon, Polygon, Position } from "geojson";

function onSegment(x: number, y: number, a: Position, b: Position): boolean {
  const cross = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
  if (Math.abs(cross) > 1e-12) return false;
  return x >= Math.min(a[0], b[0]) && x <= Math.max(a[0], b[0]) && y >= Math.min(a[1], b[1]) && y <= Math.max(a[1], b[1]);
}

/** -1 outside, 0 on the boundary, 1 inside one ring. */
function ringSide(x: number, y: number, ring: Position[]): -1 | 0 | 1 {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (onSegment(x, y, a, b)) return 0;
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside ? 1 : -1;
}

function inPolygonRings(x: number, y: number, rings: Position[][]): boolean {
  if (rings.length === 0) return false;
  const outer = ringSide(x, y, rings[0]);
  if (outer < 0) return false;
  if (outer === 0) return true;
  for (let hole = 1; hole < rings.length; hole++) {
    const side = ringSide(x, y, rings[hole]);
    if (side === 0) return true;
    if (side > 0) return false;
  }
  return true;
}

export function pointInPolygon(lon: number, lat: number, geometry: Polygon | MultiPolygon): boolean {
  if (geometry.type === "Polygon") return inPolygonRings(lon, lat, geometry.coordinates);
  return geometry.coordinates.some((polygon) => inPolygonRings(lon, lat, polygon));
}
