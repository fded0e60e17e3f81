// Self-intersection detection for polygons saved by the editor: a bow-tie, a
// ring touching itself, a hole crossing its shell are found (and where); a
// plain square, a square with repeated vertices, a polygon with a hole and a
// 5,000-vertex circle are clean.

import { describe, expect, test } from "vitest";
import type { Polygon, Position } from "geojson";
import { findSelfIntersections } from "../../src/geo/shapes/self-intersections";

const polygon = (...rings: Position[][]): Polygon => ({ type: "Polygon", coordinates: rings });
const square = (x: number, y: number, size: number): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

describe("findSelfIntersections", () => {
  test("a bow-tie crosses itself at its middle", () => {
    const found = findSelfIntersections(polygon([[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]));
    expect(found).toHaveLength(1);
    expect(found[0][0]).toBeCloseTo(1, 12);
    expect(found[0][1]).toBeCloseTo(1, 12);
  });

  test("valid shapes are clean, repeated vertices included", () => {
    expect(findSelfIntersections(polygon(square(0, 0, 1)))).toEqual([]);
    expect(findSelfIntersections(polygon([[0, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 1], [0, 0]]))).toEqual([]);
    expect(findSelfIntersections(polygon(square(0, 0, 10), square(2, 2, 3).reverse()))).toEqual([]);
  });

  test("a ring touching itself at a vertex is found", () => {
    // Goes out to (2,1) and later back through (2,1).
    const found = findSelfIntersections(polygon([[0, 0], [4, 0], [4, 2], [2, 1], [3, 3], [1, 3], [2, 1], [0, 2], [0, 0]]));
    expect(found.length).toBeGreaterThan(0);
    expect(found.some(([x, y]) => x === 2 && y === 1)).toBe(true);
  });

  test("a hole crossing its shell is found", () => {
    expect(findSelfIntersections(polygon(square(0, 0, 10), square(8, 2, 4)))).toHaveLength(2);
  });

  test("each polygon of a multipolygon is checked", () => {
    const found = findSelfIntersections({ type: "MultiPolygon", coordinates: [[square(0, 0, 1)], [[[5, 5], [7, 7], [7, 5], [5, 7], [5, 5]]]] });
    expect(found).toEqual([[6, 6]]);
  });

  test("a 5,000-vertex circle is clean; a dent pushed through the other side is not", () => {
    const ring: Position[] = Array.from({ length: 5_000 }, (_, i) => [Math.cos((2 * Math.PI * i) / 5_000), Math.sin((2 * Math.PI * i) / 5_000)]);
    ring.push(ring[0]);
    expect(findSelfIntersections(polygon(ring))).toEqual([]);
    const dented = ring.map((position) => [...position]);
    dented[1_250] = [0, -1.5]; // the top vertex dragged below the bottom
    expect(findSelfIntersections(polygon(dented)).length).toBeGreaterThan(0);
  });
});
