// Tile enumeration for "download this commune": counts checked against an
// independent formula (rectangles) and a brute-force Turf intersection test
// over every tile of the bounding box (the sample commune, a polygon with a hole).

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { bboxPolygon, booleanIntersects } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { countTiles, enumerateTileRuns, rectanglePolygon, tileAt, tilesFrom } from "../../src/geo/tiles/tile-enumeration";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const commune = deepFreeze(
  (JSON.parse(readFileSync("data/vu-quang/commune.geojson", "utf8")) as FeatureCollection).features[0] as Feature<Polygon | MultiPolygon>,
);

// Independent slippy-map formulas (OSM wiki form, asinh for y).
const columnOf = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const rowOf = (lat: number, z: number) => Math.floor(((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);
const lonOf = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const latOf = (y: number, z: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

function bruteForce(area: Polygon | MultiPolygon, z: number): string[] {
  const feature: Feature<Polygon | MultiPolygon> = { type: "Feature", properties: {}, geometry: area };
  const lons = JSON.stringify(area.coordinates).match(/-?\d+\.?\d*/g)!.map(Number);
  const xs = lons.filter((_, index) => index % 2 === 0);
  const ys = lons.filter((_, index) => index % 2 === 1);
  const tiles: string[] = [];
  for (let y = rowOf(Math.max(...ys), z); y <= rowOf(Math.min(...ys), z); y += 1) {
    for (let x = columnOf(Math.min(...xs), z); x <= columnOf(Math.max(...xs), z); x += 1) {
      const box = bboxPolygon([lonOf(x, z), latOf(y + 1, z), lonOf(x + 1, z), latOf(y, z)]);
      if (booleanIntersects(box, feature)) tiles.push(`${z}/${x}/${y}`);
    }
  }
  return tiles;
}

function enumerated(area: Polygon | MultiPolygon, z: number): string[] {
  return [...tilesFrom(enumerateTileRuns(area, z, z))].map((tile) => `${tile.z}/${tile.x}/${tile.y}`);
}

describe("tile enumeration", () => {
  test.each([
    [[105.256, 18.153, 105.619, 18.449] as const, 0, 16],
    [[-0.5, 51.2, 0.3, 51.7] as const, 3, 14],
    [[-70.1, -33.6, -70.05, -33.3] as const, 10, 15],
  ])("a rectangle %j covers exactly the formula's tiles from z%i to z%i", (box, minZoom, maxZoom) => {
    const [west, south, east, north] = box;
    const runs = enumerateTileRuns(rectanglePolygon([west, south, east, north]), minZoom, maxZoom);
    let expectedTotal = 0;
    for (let z = minZoom; z <= maxZoom; z += 1) {
      const expected = (columnOf(east, z) - columnOf(west, z) + 1) * (rowOf(south, z) - rowOf(north, z) + 1);
      expect(countTiles(runs.filter((run) => run.z === z)), `zoom ${z}`).toBe(expected);
      expectedTotal += expected;
    }
    expect(countTiles(runs)).toBe(expectedTotal);
  });

  test.each([8, 11, 13, 14])("the sample commune at z%i gives the same tiles as a brute-force Turf test", (z) => {
    expect(enumerated(commune.geometry, z).sort()).toEqual(bruteForce(commune.geometry, z).sort());
  });

  test("tiles wholly inside a hole are left out, tiles across the hole's edge kept", () => {
    const outer = rectanglePolygon([105.0, 18.0, 106.0, 19.0]).coordinates[0];
    const hole = rectanglePolygon([105.2, 18.2, 105.8, 18.8]).coordinates[0].slice().reverse();
    const donut: Polygon = deepFreeze({ type: "Polygon", coordinates: [outer, hole] });
    for (const z of [9, 10, 12]) expect(enumerated(donut, z).sort()).toEqual(bruteForce(donut, z).sort());
    const solid = countTiles(enumerateTileRuns(rectanglePolygon([105.0, 18.0, 106.0, 19.0]), 12, 12));
    // A 0.6° hole at z12 is ~6.8 tiles wide: at least 5×5 tiles lie wholly inside it.
    expect(countTiles(enumerateTileRuns(donut, 12, 12))).toBeLessThanOrEqual(solid - 25);
  });

  test("walking from an index resumes exactly where a full walk would be", () => {
    const runs = enumerateTileRuns(commune.geometry, 10, 14);
    const all = [...tilesFrom(runs)];
    expect(all).toHaveLength(countTiles(runs));
    expect(all.map((tile) => tile.index)).toEqual(all.map((_, index) => index));
    for (const start of [0, 1, 17, 250, all.length - 1, all.length]) {
      expect([...tilesFrom(runs, start)]).toEqual(all.slice(start));
    }
    expect(tileAt(runs, 42)).toEqual({ z: all[42].z, x: all[42].x, y: all[42].y });
    expect(tileAt(runs, all.length)).toBeNull();
  });

  test("enumerating the commune to z16 is fast enough for the main thread", () => {
    const started = performance.now();
    const total = countTiles(enumerateTileRuns(commune.geometry, 8, 16));
    expect(total).toBeGreaterThan(1_000);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
