// RowCrossingPolygon (per-row crossings, used to score travel reaches over the
// sample grid) answers like the plain ray-casting pointInPolygon: on the
// travel-reach pieces (disc, tapered capsule) and on a polygon with a hole,
// for grid rows that many points share and for scattered points.

import { describe, expect, test } from "vitest";
import type { Polygon, Position } from "geojson";
import { pointInPolygon } from "../../src/geo/indexes/point-in-polygon";
import { geometryBox } from "../../src/geo/indexes/polygon-index";
import { discPolygon, taperedCapsule } from "../../src/geo/travel-time/reach-shapes";
import { RowCrossingPolygon } from "../../src/geo/indexes/row-crossing-polygon";
import { seededRandom } from "./analysis-test-helpers";

const ring = (west: number, south: number, east: number, north: number): Position[] => [[west, south], [east, south], [east, north], [west, north], [west, south]];
const withHole: Polygon = { type: "Polygon", coordinates: [ring(105.4, 18.3, 105.44, 18.34), ring(105.41, 18.31, 105.43, 18.33).reverse()] };

const shapes: [string, Polygon][] = [
  ["disc", discPolygon([105.45, 18.32], 1_000)!],
  ["tapered capsule", taperedCapsule([105.45, 18.32], [105.49, 18.35], 900, 200)!],
  ["polygon with a hole", withHole],
];

describe("RowCrossingPolygon", () => {
  test.each(shapes)("%s: same answers as pointInPolygon on grid rows and scattered points", (_name, polygon) => {
    const [minX, minY, maxX, maxY] = geometryBox(polygon);
    const inside = new RowCrossingPolygon(polygon);
    const points: Position[] = [];
    for (let row = 0; row <= 40; row++) for (let column = 0; column <= 40; column++) points.push([minX - 0.001 + ((maxX - minX + 0.002) * column) / 40.3, minY - 0.001 + ((maxY - minY + 0.002) * row) / 40.7]);
    const random = seededRandom(7);
    for (let k = 0; k < 2_000; k++) points.push([minX + (maxX - minX) * random(), minY + (maxY - minY) * random()]);
    let insideCount = 0;
    for (const [lon, lat] of points) {
      const expected = pointInPolygon(lon, lat, polygon);
      expect(inside.contains(lon, lat), `${lon}, ${lat}`).toBe(expected);
      if (expected) insideCount += 1;
    }
    expect(insideCount).toBeGreaterThan(500);
  });
});
