// Snapping onto lines: the nearest point on a segment within a tolerance in
// metres (checked against GeographicLib distances), nothing beyond it, the
// nearer of two lines, and — on the sample's 357-segment border line, where
// the snapper uses its Flatbush index — the same answer as a plain scan of
// every segment for 500 random positions.

import { describe, expect, test } from "vitest";
import type { LineString, Polygon, Position } from "geojson";
import { LineSnapper, snapLinesOf, snapToLines } from "../../src/geo/shapes/snap-to-lines";
import { referenceInverse, sampleFeatures, seededRandom } from "./analysis-test-helpers";

const LAT = 18.3;
const METRES_PER_DEGREE_LAT = 110_700; // near 18° N, good to ~0.1 %

describe("snapToLines", () => {
  const eastWest: Position[] = [[105.40, LAT], [105.45, LAT]];

  test("a position 10 m north of a line lands on the line, 10 m away", () => {
    const position: Position = [105.42, LAT + 10 / METRES_PER_DEGREE_LAT];
    const result = snapToLines(position, [eastWest], 25);
    expect(result).not.toBeNull();
    expect(result!.position[1]).toBeCloseTo(LAT, 9);
    expect(result!.position[0]).toBeCloseTo(105.42, 9);
    expect(result!.distanceMetres).toBeCloseTo(referenceInverse(position, result!.position).metres, 2);
    expect(result!.distanceMetres).toBeGreaterThan(9.9);
    expect(result!.distanceMetres).toBeLessThan(10.1);
  });

  test("nothing within the tolerance: no snap", () => {
    expect(snapToLines([105.42, LAT + 30 / METRES_PER_DEGREE_LAT], [eastWest], 25)).toBeNull();
  });

  test("beyond the end of a segment it snaps to the end vertex", () => {
    const result = snapToLines([105.45 + 0.00005, LAT], [eastWest], 25);
    expect(result!.position).toEqual([105.45, LAT]);
  });

  test("the nearer of two lines wins", () => {
    const north: Position[] = [[105.40, LAT + 0.0001], [105.45, LAT + 0.0001]];
    const position: Position = [105.42, LAT + 0.00007];
    expect(snapToLines(position, [eastWest, north], 50)!.position[1]).toBeCloseTo(LAT + 0.0001, 9);
  });

  test("polygon rings and multi-lines are snap lines", () => {
    const square: Polygon = { type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    expect(snapLinesOf(square)).toHaveLength(1);
    expect(snapLinesOf({ type: "MultiLineString", coordinates: [eastWest, eastWest] })).toHaveLength(2);
    expect(snapLinesOf({ type: "Point", coordinates: [0, 0] })).toHaveLength(0);
  });

  test("indexed (sample border line) equals a scan of every segment", () => {
    const border = (sampleFeatures("border-line")[0].geometry as LineString).coordinates;
    const indexed = new LineSnapper([border]);
    expect(indexed.segmentCount).toBeGreaterThan(100);
    const perSegment = border.slice(1).map((end, i) => new LineSnapper([[border[i], end]]));
    const random = seededRandom(7);
    let snapped = 0;
    for (let k = 0; k < 500; k++) {
      const vertex = border[Math.floor(random() * border.length)];
      const position: Position = [vertex[0] + (random() - 0.5) * 0.004, vertex[1] + (random() - 0.5) * 0.004];
      const expected = perSegment
        .map((snapper) => snapper.snap(position, 150))
        .filter((hit) => hit !== null)
        .sort((a, b) => a.distanceMetres - b.distanceMetres)[0] ?? null;
      const actual = indexed.snap(position, 150);
      if (expected === null) expect(actual).toBeNull();
      else {
        snapped += 1;
        expect(actual!.distanceMetres).toBeCloseTo(expected.distanceMetres, 6);
        expect(actual!.position[0]).toBeCloseTo(expected.position[0], 9);
      }
    }
    expect(snapped).toBeGreaterThan(50);
  });
});
