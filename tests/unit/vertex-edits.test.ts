// The editor's vertex menu on a line and a polygon: which vertex a long press
// lands on, deleting one (never below a valid shape), inserting one after it,
// the polygon's ring kept closed.

import { describe, expect, test } from "vitest";
import type { LineString, Polygon, Position } from "geojson";
import { canDeleteVertex, canInsertAfter, deleteVertex, insertVertexAfter, nearestVertex, vertexCount } from "../../src/geo/shapes/vertex-edits";

const square: Polygon = { type: "Polygon", coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] };
const line: LineString = { type: "LineString", coordinates: [[0, 0], [1, 1], [2, 0]] };
/** 100 screen pixels per degree, y down. */
const toScreen = ([lon, lat]: Position) => ({ x: lon * 100, y: -lat * 100 });

describe("vertex edits", () => {
  test("the nearest vertex within the tolerance, none beyond it; a polygon's closing position is not a vertex of its own", () => {
    expect(nearestVertex(square, { x: 195, y: -190 }, 22, toScreen)).toBe(2);
    expect(nearestVertex(square, { x: 5, y: 3 }, 22, toScreen)).toBe(0);
    expect(nearestVertex(square, { x: 100, y: -100 }, 22, toScreen)).toBeNull();
    expect(nearestVertex(line, { x: 112, y: -92 }, 22, toScreen)).toBe(1);
    expect(vertexCount(square)).toBe(4);
  });

  test("deleting a polygon's vertex keeps the ring closed; the first vertex too", () => {
    expect(deleteVertex(square, 2)).toEqual({ type: "Polygon", coordinates: [[[0, 0], [2, 0], [0, 2], [0, 0]]] });
    expect(deleteVertex(square, 0)).toEqual({ type: "Polygon", coordinates: [[[2, 0], [2, 2], [0, 2], [2, 0]]] });
  });

  test("a triangle and a two-vertex line keep their vertices", () => {
    const triangle = deleteVertex(square, 3);
    expect(canDeleteVertex(triangle)).toBe(false);
    expect(() => deleteVertex(triangle, 0)).toThrow(RangeError);
    const shortLine = deleteVertex(line, 1);
    expect(shortLine).toEqual({ type: "LineString", coordinates: [[0, 0], [2, 0]] });
    expect(canDeleteVertex(shortLine)).toBe(false);
  });

  test("a vertex inserted halfway to the next one; after a polygon's last vertex it goes towards the first", () => {
    expect(insertVertexAfter(line, 0)).toEqual({ type: "LineString", coordinates: [[0, 0], [0.5, 0.5], [1, 1], [2, 0]] });
    expect(insertVertexAfter(square, 3)).toEqual({ type: "Polygon", coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 1], [0, 0]]] });
    expect(canInsertAfter(line, 2)).toBe(false);
    expect(canInsertAfter(square, 3)).toBe(true);
    expect(() => insertVertexAfter(line, 2)).toThrow(RangeError);
  });
});
