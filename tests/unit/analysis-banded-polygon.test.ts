// The banded edge index answers exactly like pointInPolygon — on the sample
// commune, on a jagged synthetic national commune, with holes, multiparts
// and points on edges — and PolygonIndex uses it without changing answers.

import { describe, expect, test } from "vitest";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { BandedPolygon } from "../../src/geo/indexes/banded-polygon";
import { pointInPolygon } from "../../src/geo/indexes/point-in-polygon";
import { geometryBox } from "../../src/geo/indexes/polygon-index";
import { communeFeature } from "../../scripts/bench-data/national-communes";
import { sampleFeatures, seededRandom } from "./analysis-test-helpers";

function agreeOnRandomPoints(geometry: Polygon | MultiPolygon, count: number): number {
  const banded = new BandedPolygon(geometry);
  const [minX, minY, maxX, maxY] = geometryBox(geometry);
  const random = seededRandom(3);
  let inside = 0;
  for (let i = 0; i < count; i++) {
    const x = minX - 0.01 + random() * (maxX - minX + 0.02);
    const y = minY - 0.01 + random() * (maxY - minY + 0.02);
    const expected = pointInPolygon(x, y, geometry);
    expect(banded.contains(x, y), `${x},${y}`).toBe(expected);
    if (expected) inside++;
  }
  return inside;
}

describe("BandedPolygon", { timeout: 60_000 }, () => {
  test("the sample commune and a national synthetic commune", () => {
    expect(agreeOnRandomPoints(sampleFeatures("commune")[0].geometry as Polygon, 20_000)).toBeGreaterThan(5_000);
    expect(agreeOnRandomPoints(communeFeature(1234, 525).geometry, 20_000)).toBeGreaterThan(5_000);
  });

  test("holes, multiparts and points on edges or vertices", () => {
    const square = (x: number, y: number, size: number): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
    const geometry: MultiPolygon = { type: "MultiPolygon", coordinates: [[square(0, 0, 10), square(4, 4, 2)], [square(20, 0, 5)]] };
    agreeOnRandomPoints(geometry, 5_000);
    const banded = new BandedPolygon(geometry);
    for (const [x, y, inside] of [[5, 5, false], [1, 1, true], [22, 2, true], [15, 2, false], [0, 5, true], [4, 5, true], [10, 10, true], [25, 5, true]] as const) {
      expect(banded.contains(x, y), `${x},${y}`).toBe(inside);
    }
  });
});
