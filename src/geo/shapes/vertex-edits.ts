// One vertex of a line or a single-ring polygon, as the editor's vertex menu
// acts on it: found from a screen position, deleted (never below a valid
// shape: 2 vertices for a line, 3 for a polygon), or followed by a new vertex
// halfway to the next one. A polygon's vertices are its ring without the
// closing position; the ring stays closed after every change.

import type { LineString, Polygon, Position } from "geojson";

export type VertexShape = LineString | Polygon;

/** The index of a vertex in a line, or in a polygon's outer ring (0 … n − 1, closing position excluded). */
export type VertexIndex = number;

const MIN_VERTICES: Record<VertexShape["type"], number> = { LineString: 2, Polygon: 3 };

function vertices(shape: VertexShape): Position[] {
  return shape.type === "LineString" ? shape.coordinates : shape.coordinates[0].slice(0, -1);
}

function withVertices(shape: VertexShape, next: Position[]): VertexShape {
  if (shape.type === "LineString") return { type: "LineString", coordinates: next };
  return { type: "Polygon", coordinates: [[...next, next[0]]] };
}

export function vertexCount(shape: VertexShape): number {
  return vertices(shape).length;
}

/** The vertex nearest to `point` within `tolerance` (same units as `toScreen` returns), or null. */
export function nearestVertex(shape: VertexShape, point: { x: number; y: number }, tolerance: number, toScreen: (position: Position) => { x: number; y: number }): VertexIndex | null {
  let best: VertexIndex | null = null;
  let bestDistance = tolerance;
  vertices(shape).forEach((position, index) => {
    const screen = toScreen(position);
    const distance = Math.hypot(screen.x - point.x, screen.y - point.y);
    if (distance <= bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

export function vertexPosition(shape: VertexShape, index: VertexIndex): Position {
  return vertices(shape)[index];
}

export function canDeleteVertex(shape: VertexShape): boolean {
  return vertexCount(shape) > MIN_VERTICES[shape.type];
}

/** A line's last vertex has nothing after it; a polygon's last one is followed by its first. */
export function canInsertAfter(shape: VertexShape, index: VertexIndex): boolean {
  return shape.type === "Polygon" || index < vertexCount(shape) - 1;
}

export function deleteVertex(shape: VertexShape, index: VertexIndex): VertexShape {
  if (!canDeleteVertex(shape)) throw new RangeError(`${shape.type} needs at least ${MIN_VERTICES[shape.type]} vertices`);
  return withVertices(shape, vertices(shape).filter((_, candidate) => candidate !== index));
}

/** Inserts a vertex halfway (in degrees: a few metres at most off the geodesic at editing scales) to the next vertex. */
export function insertVertexAfter(shape: VertexShape, index: VertexIndex): VertexShape {
  if (!canInsertAfter(shape, index)) throw new RangeError("a line's last vertex has no next vertex");
  const current = vertices(shape);
  const [from, to] = [current[index], current[(index + 1) % current.length]];
  const middle: Position = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  return withVertices(shape, [...current.slice(0, index + 1), middle, ...current.slice(index + 1)]);
}
