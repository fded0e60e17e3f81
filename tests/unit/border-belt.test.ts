// The border belt on the sample commune: a point of the commune is in the belt
// exactly when it lies within the width of the border line (checked on a grid,
// with a small tolerance band for the buffer's polygonal approximation).

import { readFileSync } from "node:fs";
import { pointToLineDistance } from "@turf/turf";
import { expect, test } from "vitest";
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from "geojson";
import { borderBelt } from "../../src/geo/border-protection/border-belt";
import { pointInPolygon } from "../../src/geo/indexes/point-in-polygon";

const read = <T>(layer: string) => JSON.parse(readFileSync(`data/vu-quang/${layer}.geojson`, "utf8")) as T;
const commune = read<FeatureCollection<Polygon | MultiPolygon>>("commune").features[0];
const line = read<FeatureCollection<LineString>>("border-line").features[0];

test("a commune point is in the 1,000 m belt exactly when it is within 1,000 m of the border", () => {
  const belt = borderBelt(line, commune, 1_000);
  expect(belt).not.toBeNull();
  let near = 0;
  let checked = 0;
  for (let lon = 105.25; lon <= 105.6; lon += 0.004) {
    for (let lat = 18.15; lat <= 18.44; lat += 0.004) {
      if (!pointInPolygon(lon, lat, commune.geometry)) continue;
      const metres = pointToLineDistance([lon, lat], line, { units: "meters" });
      if (Math.abs(metres - 1_000) < 20) continue;
      checked += 1;
      if (metres < 1_000) near += 1;
      expect(pointInPolygon(lon, lat, belt!.geometry), `${lon},${lat} at ${metres.toFixed(0)} m`).toBe(metres < 1_000);
    }
  }
  expect(near).toBeGreaterThan(50);
  expect(checked).toBeGreaterThan(1_000);
});

test("a zero or negative width gives no belt", () => {
  expect(borderBelt(line, commune, 0)).toBeNull();
  expect(borderBelt(line, commune, -5)).toBeNull();
});
