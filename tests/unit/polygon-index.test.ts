// The polygon index gives the same answer as testing every polygon, holes and
// multipolygons included, on the sample villages and on hand-made shapes.

import { readFileSync } from "node:fs";
import { booleanPointInPolygon } from "@turf/turf";
import { describe, expect, test } from "vitest";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { PolygonIndex, type PolygonFeature } from "../../src/geo/indexes/polygon-index";
import { pointInPolygon } from "../../src/geo/indexes/point-in-polygon";

const villages = JSON.parse(readFileSync("data/vu-quang/village.geojson", "utf8")) as FeatureCollection<Polygon | MultiPolygon>;

const square = (x: number, y: number, size: number) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

describe("pointInPolygon", () => {
  const withHole: Polygon = { type: "Polygon", coordinates: [square(0, 0, 10), square(4, 4, 2)] };
  test("inside, outside, in the hole, on the edge", () => {
    expect(pointInPolygon(1, 1, withHole)).toBe(true);
    expect(pointInPolygon(11, 1, withHole)).toBe(false);
    expect(pointInPolygon(5, 5, withHole)).toBe(false);
    expect(pointInPolygon(0, 5, withHole)).toBe(true);
  });
  test("multipolygon parts", () => {
    const parts: MultiPolygon = { type: "MultiPolygon", coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] };
    expect(pointInPolygon(5.5, 5.5, parts)).toBe(true);
    expect(pointInPolygon(3, 3, parts)).toBe(false);
  });
});

describe("PolygonIndex", () => {
  test("agrees with Turf on a grid of points over the sample villages", () => {
    const index = new PolygonIndex(villages.features as PolygonFeature[]);
    let inside = 0;
    for (let lon = 105.25; lon <= 105.62; lon += 0.005) {
      for (let lat = 18.15; lat <= 18.45; lat += 0.005) {
        const expected = villages.features.findIndex((village) => booleanPointInPolygon([lon, lat], village));
        expect(index.findContaining(lon, lat)).toBe(expected);
        if (expected >= 0) inside += 1;
      }
    }
    expect(inside).toBeGreaterThan(500);
  });

  test("an empty index contains nothing", () => {
    expect(new PolygonIndex([]).findContaining(105.4, 18.3)).toBe(-1);
  });
});
