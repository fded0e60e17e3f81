// The Clipper2-based boolean operations: any input ring orientation reads as
// intended, results follow RFC 7946 (outer rings counter-clockwise, holes
// clockwise), islands inside holes survive, touching and identical shapes
// merge cleanly — and on 200 random discs the union agrees with Turf's
// independent implementation (polyclip-ts).

import { describe, expect, test } from "vitest";
import { featureCollection, intersect, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { intersection, polygonsOf, subtract, unionAll, type Areal } from "../../src/geo/shapes/polygon-boolean";
import { discPolygon } from "../../src/geo/travel-time/reach-shapes";
import { geodesicArea } from "../../src/geo/geodesy/geodesic-area";
import { sampleFeatures, seededRandom } from "./analysis-test-helpers";

const square = (x: number, y: number, size: number): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
const polygon = (...rings: Position[][]): Polygon => ({ type: "Polygon", coordinates: rings });
const clockwise = (ring: Position[]) => [...ring].reverse();

function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum / 2;
}

function planarArea(shape: Areal | null): number {
  return polygonsOf(shape).reduce((total, { coordinates: [outer, ...holes] }) => total + Math.abs(signedArea(outer)) - holes.reduce((sum, hole) => sum + Math.abs(signedArea(hole)), 0), 0);
}

function expectRfc7946Rings(shape: Areal | null) {
  for (const { coordinates: [outer, ...holes] } of polygonsOf(shape)) {
    expect(signedArea(outer)).toBeGreaterThan(0);
    expect(outer[0]).toEqual(outer[outer.length - 1]);
    for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
  }
}

describe("polygon boolean operations", () => {
  test("a clockwise and a counter-clockwise square overlap: the union counts both, never cancels", () => {
    const merged = unionAll([polygon(square(0, 0, 0.02)), polygon(clockwise(square(0.01, 0.01, 0.02)))]);
    expect(merged?.type).toBe("Polygon");
    expect(planarArea(merged)).toBeCloseTo(0.0004 + 0.0004 - 0.0001, 12);
    expectRfc7946Rings(merged);
  });

  test("shapes sharing an edge, and identical shapes, merge into one polygon without a seam", () => {
    const sideBySide = unionAll([polygon(square(0, 0, 0.01)), polygon(square(0.01, 0, 0.01))]);
    expect(polygonsOf(sideBySide)).toHaveLength(1);
    expect(polygonsOf(sideBySide)[0].coordinates).toHaveLength(1);
    expect(planarArea(sideBySide)).toBeCloseTo(0.0002, 12);
    const twice = unionAll([polygon(square(0, 0, 0.01)), polygon(square(0, 0, 0.01))]);
    expect(planarArea(twice)).toBeCloseTo(0.0001, 12);
  });

  test("a difference makes a hole; an island inside the hole stays a polygon of its own", () => {
    const ring = subtract(polygon(square(0, 0, 0.03)), polygon(clockwise(square(0.01, 0.01, 0.01))));
    expect(ring?.type).toBe("Polygon");
    expect((ring as Polygon).coordinates).toHaveLength(2);
    expectRfc7946Rings(ring);
    const withIsland = unionAll([ring as Polygon, polygon(square(0.014, 0.014, 0.002))]);
    expect(withIsland?.type).toBe("MultiPolygon");
    expect(polygonsOf(withIsland)).toHaveLength(2);
    expect(planarArea(withIsland)).toBeCloseTo(0.0009 - 0.0001 + 0.000004, 12);
    expectRfc7946Rings(withIsland);
  });

  test("disjoint shapes intersect in nothing; subtracting nothing keeps the shape", () => {
    expect(intersection(polygon(square(0, 0, 0.01)), polygon(square(1, 1, 0.01)))).toBeNull();
    expect(subtract(polygon(square(0, 0, 0.01)), polygon(square(0, 0, 0.02)))).toBeNull();
    const kept = polygon(square(0, 0, 0.01));
    expect(subtract(kept, null)).toBe(kept);
  });

  test("200 discs unioned and clipped to the sample commune agree with Turf's polyclip-ts (1.1 cm grid: within 0.00001 % of the area)", { timeout: 60_000 }, () => {
    const random = seededRandom(11);
    const discs = Array.from({ length: 200 }, () => discPolygon([105.26 + random() * 0.36, 18.16 + random() * 0.28], 300 + random() * 2_000) as Polygon);
    const commune = sampleFeatures("commune")[0] as Feature<Polygon | MultiPolygon>;
    const ours = intersection(unionAll(discs), commune.geometry);
    const asFeature = (geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> => ({ type: "Feature", properties: {}, geometry });
    const theirs = intersect(featureCollection([union(featureCollection(discs.map(asFeature)))!, commune]))!.geometry;
    expect(geodesicArea(ours)).toBeGreaterThan(1e8);
    expect(Math.abs(geodesicArea(ours) - geodesicArea(theirs))).toBeLessThan(1e-7 * geodesicArea(theirs));
    expect(polygonsOf(ours).length).toBe(polygonsOf(theirs).length);
    expectRfc7946Rings(ours);
  });
});
