// Does a polygon need repairing? True when a ring crosses or touches itself
// (other than at the joint of two consecutive edges), doubles back on itself
// (a spike), or when two of the polygon's rings cross or touch (e.g. a hole
// touching the outer ring at a vertex, as in the official boundaries of
// 00832 Xã Bạch Đích). Edges are indexed with Flatbush so a 50,000-vertex
// ring is checked in n·log n, not n².

import Flatbush from "flatbush";
import type { Position } from "geojson";

interface Edge {
  ring: number;
  index: number;
  a: Position;
  b: Position;
}

const cross = (o: Position, a: Position, b: Position) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

const onSegment = (p: Position, a: Position, b: Position) =>
  Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);

/** True when segments ab and cd share at least one point. */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && onSegment(a, c, d)) || (d2 === 0 && onSegment(b, c, d)) || (d3 === 0 && onSegment(c, a, b)) || (d4 === 0 && onSegment(d, a, b));
}

/** Consecutive edges of one ring meet at their shared joint only, unless the second doubles back over the first. */
function adjacentOverlap(first: Edge, second: Edge): boolean {
  const [a, joint, c] = [first.a, first.b, second.b];
  if (cross(a, joint, c) !== 0) return false;
  // collinear: overlapping when the two edges leave the joint in the same direction
  return (a[0] - joint[0]) * (c[0] - joint[0]) + (a[1] - joint[1]) * (c[1] - joint[1]) > 0;
}

function edgesOf(rings: readonly Position[][]): Edge[] {
  const edges: Edge[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) edges.push({ ring: r, index: i, a: ring[i], b: ring[i + 1] });
  });
  return edges;
}

/** Rings must be closed and free of consecutive repeats (see clean-ring.ts). */
export function polygonNeedsRepair(rings: readonly Position[][]): boolean {
  const edges = edgesOf(rings);
  if (edges.length < 3) return false;
  const index = new Flatbush(edges.length);
  for (const { a, b } of edges) index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  index.finish();
  const edgeCount = rings.map((ring) => ring.length - 1);
  for (let id = 0; id < edges.length; id++) {
    const edge = edges[id];
    const { a, b } = edge;
    const candidates = index.search(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    for (const other of candidates) {
      if (other <= id) continue;
      const next = edges[other];
      if (next.ring === edge.ring) {
        const n = edgeCount[edge.ring];
        const gap = next.index - edge.index;
        if (gap === 1) {
          if (adjacentOverlap(edge, next)) return true;
          continue;
        }
        if (gap === n - 1) {
          if (adjacentOverlap(next, edge)) return true;
          continue;
        }
      }
      if (segmentsMeet(a, b, next.a, next.b)) return true;
    }
  }
  return false;
}
