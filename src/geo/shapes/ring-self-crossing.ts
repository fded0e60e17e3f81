// Finds a proper crossing between two edges of one polygon ring — a "bow-tie"
// (hình nơ) — which breaks areas, point-in-polygon and rendering. Touching
// at a vertex or repeated vertices (common in real cadastral and boundary
// data, ENGINEERING.md §6) are NOT crossings: only two edges whose interiors
// cut each other count. Rings above 64 edges are swept along x (edges sorted
// by their west end), so a long boundary is not tested pair by pair.

import type { MultiPolygon, Polygon, Position } from "geojson";

const INDEX_FROM_EDGES = 64;

export interface RingCrossing {
  /** Which polygon (0 for a Polygon), which ring of it, and where. */
  polygon: number;
  ring: number;
  at: [number, number];
}

function orientation(a: Position, b: Position, c: Position): number {
  const value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

/** The crossing point of edges a–b and c–d when their interiors cross properly, else null. */
function properCrossing(a: Position, b: Position, c: Position, d: Position): [number, number] | null {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 * o2 >= 0 || o3 * o4 >= 0) return null;
  const denominator = (a[0] - b[0]) * (c[1] - d[1]) - (a[1] - b[1]) * (c[0] - d[0]);
  const t = ((a[0] - c[0]) * (c[1] - d[1]) - (a[1] - c[1]) * (c[0] - d[0])) / denominator;
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

function edgesMeet(i: number, j: number, edges: number): boolean {
  return Math.abs(i - j) <= 1 || (i === 0 && j === edges - 1) || (j === 0 && i === edges - 1);
}

/** First proper crossing of two non-adjacent edges of a closed ring, or null. */
export function firstRingCrossing(ring: readonly Position[]): [number, number] | null {
  const edges = ring.length - 1;
  if (edges < 4) return null;
  if (edges <= INDEX_FROM_EDGES) {
    for (let i = 0; i < edges; i++) {
      for (let j = i + 2; j < edges; j++) {
        if (edgesMeet(i, j, edges)) continue;
        const at = properCrossing(ring[i], ring[i + 1], ring[j], ring[j + 1]);
        if (at) return at;
      }
    }
    return null;
  }
  // Sweep along x: edges sorted by their west end; each edge is tested only
  // against the edges that start before its east end and overlap it in y.
  const west = new Float64Array(edges);
  const east = new Float64Array(edges);
  const south = new Float64Array(edges);
  const north = new Float64Array(edges);
  for (let i = 0; i < edges; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    west[i] = Math.min(a[0], b[0]);
    east[i] = Math.max(a[0], b[0]);
    south[i] = Math.min(a[1], b[1]);
    north[i] = Math.max(a[1], b[1]);
  }
  const order = Uint32Array.from({ length: edges }, (_, i) => i).sort((p, q) => west[p] - west[q]);
  for (let k = 0; k < edges; k++) {
    const i = order[k];
    for (let m = k + 1; m < edges; m++) {
      const j = order[m];
      if (west[j] > east[i]) break;
      if (south[j] > north[i] || north[j] < south[i] || edgesMeet(i, j, edges)) continue;
      const at = properCrossing(ring[i], ring[i + 1], ring[j], ring[j + 1]);
      if (at) return at;
    }
  }
  return null;
}

/** First ring of a (multi)polygon that crosses itself. */
export function firstSelfCrossing(geometry: Polygon | MultiPolygon): RingCrossing | null {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const [polygon, rings] of polygons.entries()) {
    for (const [ring, positions] of rings.entries()) {
      const at = firstRingCrossing(positions);
      if (at) return { polygon, ring, at };
    }
  }
  return null;
}
