// Where a polygon's boundary crosses or touches itself (a figure-eight ring, a
// hole crossing its shell, a ring touching itself at a vertex): the editor
// refuses such a polygon at save and says where, rather than storing a shape
// the analyses would choke on or silently "fixing" it. Segments are indexed
// with Flatbush, so a 5,000-vertex polygon is checked in a few milliseconds.
// Consecutive repeated vertices are ignored (they are not a crossing).

import Flatbush from "flatbush";
import type { MultiPolygon, Polygon, Position } from "geojson";

interface Segment {
  ring: number;
  /** Position of the segment in its ring (after repeated vertices are dropped). */
  order: number;
  /** Number of segments of its ring. */
  ringSize: number;
  a: Position;
  b: Position;
}

function withoutRepeats(ring: readonly Position[]): Position[] {
  const kept: Position[] = [];
  for (const position of ring) {
    const last = kept[kept.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) kept.push(position);
  }
  return kept;
}

function cross(o: Position, a: Position, b: Position): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function onSegment(p: Position, a: Position, b: Position): boolean {
  return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}

/** A point where segments p1–p2 and q1–q2 meet, or null. */
function segmentsMeet(p1: Position, p2: Position, q1: Position, q2: Position): Position | null {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1])];
  }
  if (d1 === 0 && onSegment(p1, q1, q2)) return p1;
  if (d2 === 0 && onSegment(p2, q1, q2)) return p2;
  if (d3 === 0 && onSegment(q1, p1, p2)) return q1;
  if (d4 === 0 && onSegment(q2, p1, p2)) return q2;
  return null;
}

function adjacent(s: Segment, t: Segment): boolean {
  if (s.ring !== t.ring) return false;
  const gap = Math.abs(s.order - t.order);
  return gap === 1 || gap === s.ringSize - 1;
}

function segmentsOf(rings: readonly Position[][]): Segment[] {
  const segments: Segment[] = [];
  rings.forEach((raw, ring) => {
    const positions = withoutRepeats(raw);
    const ringSize = positions.length - 1;
    for (let i = 0; i < ringSize; i++) segments.push({ ring, order: i, ringSize, a: positions[i], b: positions[i + 1] });
  });
  return segments;
}

/**
 * The points where the polygon's rings cross or touch themselves or each other
 * (each reported once per pair of segments). Empty for a valid polygon.
 * Rings of different polygons of a MultiPolygon are not compared with each other.
 */
export function findSelfIntersections(geometry: Polygon | MultiPolygon): Position[] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const found: Position[] = [];
  for (const rings of polygons) {
    const segments = segmentsOf(rings);
    if (segments.length < 3) continue;
    const index = new Flatbush(segments.length);
    for (const { a, b } of segments) index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    index.finish();
    segments.forEach((segment, i) => {
      const { a, b } = segment;
      for (const j of index.search(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]))) {
        if (j <= i || adjacent(segment, segments[j])) continue;
        const meeting = segmentsMeet(a, b, segments[j].a, segments[j].b);
        if (meeting) found.push(meeting);
      }
    });
  }
  return found;
}
