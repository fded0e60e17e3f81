// Label points: one per polygon, inside it, carrying its properties, and
// leaving the original features untouched.

import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import type { FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { LABEL_POINT_FLAG, withLabelPoints } from "../../src/geo/shapes/label-points";
import { pointInPolygon } from "../../src/geo/indexes/point-in-polygon";

const villages = JSON.parse(readFileSync("data/vu-quang/village.geojson", "utf8")) as FeatureCollection<Polygon | MultiPolygon>;

test("every village gets exactly one label point inside it, with its name", () => {
  const result = withLabelPoints(villages);
  expect(result.features.slice(0, villages.features.length)).toEqual(villages.features);
  const points = result.features.slice(villages.features.length);
  expect(points).toHaveLength(villages.features.length);
  points.forEach((point, index) => {
    const village = villages.features[index];
    const [lon, lat] = (point.geometry as Point).coordinates;
    expect(pointInPolygon(lon, lat, village.geometry)).toBe(true);
    expect(point.properties).toMatchObject({ name: village.properties?.name, [LABEL_POINT_FLAG]: true });
    expect(point.id).toBe(`${village.id}#label`);
  });
});

test("a collection without polygons is returned as is", () => {
  const points: FeatureCollection = { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [105, 18] } }] };
  expect(withLabelPoints(points)).toBe(points);
});
