// Distances, bearings, lengths and areas agree with GeographicLib (an
// independent WGS84 implementation): distances within 0.5 %, lengths and
// areas within 1 % — in fact far closer, which these tests also pin down.

import { describe, expect, test } from "vitest";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { geodesicArea } from "../../src/geo/geodesy/geodesic-area";
import { geodesicInverse, lineLengthMetres } from "../../src/geo/geodesy/geodesic-distance";
import { measure } from "../../src/geo/geodesy/measure";
import { discPolygon, taperedCapsule } from "../../src/geo/travel-time/reach-shapes";
import { compassDirection } from "../../src/geo/geodesy/compass";
import { referenceInverse, referenceLength, referenceRingArea, sampleFeatures, seededRandom } from "./analysis-test-helpers";

const random = seededRandom(42);
const vietnam = (): Position => [102.1 + random() * 7.4, 8.5 + random() * 15];

describe("ellipsoidal distance and bearing", () => {
  test("500 random pairs across Vietnam and 500 within a commune: within 0.5 % (and 1 mm)", () => {
    for (let i = 0; i < 1000; i++) {
      const a = vietnam();
      const b: Position = i < 500 ? vietnam() : [a[0] + (random() - 0.5) * 0.3, a[1] + (random() - 0.5) * 0.3];
      const ours = geodesicInverse(a, b);
      const reference = referenceInverse(a, b);
      expect(Math.abs(ours.metres - reference.metres) / reference.metres).toBeLessThan(0.005);
      expect(Math.abs(ours.metres - reference.metres)).toBeLessThan(0.001);
      const bearingError = Math.abs(((ours.bearing - reference.bearing + 540) % 360) - 180);
      expect(bearingError).toBeLessThan(1e-6);
    }
  });

  test("a spherical Earth would not pass: north–south error at 18° N is ~0.47 %", () => {
    const a: Position = [105.4, 18.2];
    const b: Position = [105.4, 18.4];
    const sphere = (6_371_008.8 * 0.2 * Math.PI) / 180;
    const reference = referenceInverse(a, b).metres;
    expect(Math.abs(sphere - reference) / reference).toBeGreaterThan(0.004);
    expect(Math.abs(geodesicInverse(a, b).metres - reference)).toBeLessThan(0.001);
  });

  test("identical points are 0 m apart; compass names", () => {
    expect(geodesicInverse([105, 18], [105, 18]).metres).toBe(0);
    expect(compassDirection(0)).toBe("Bắc");
    expect(compassDirection(44)).toBe("Đông Bắc");
    expect(compassDirection(181)).toBe("Nam");
    expect(compassDirection(350)).toBe("Bắc");
  });
});

describe("lengths and areas", () => {
  test("the sample roads' lengths within 1 %", () => {
    for (const road of sampleFeatures("road")) {
      const line = (road.geometry as { coordinates: Position[] }).coordinates;
      const reference = referenceLength(line);
      expect(Math.abs(lineLengthMetres(line) - reference) / reference).toBeLessThan(0.01);
      expect(Math.abs(lineLengthMetres(line) - reference)).toBeLessThan(0.01);
    }
  });

  test("the commune, villages and defence-land parcels: area within 1 % (in fact 0.01 %)", () => {
    for (const layer of ["commune", "village", "defence-land"]) {
      for (const feature of sampleFeatures(layer)) {
        const geometry = feature.geometry as Polygon | MultiPolygon;
        const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
        const reference = polygons.reduce((sum, rings) => sum + referenceRingArea(rings[0]) - rings.slice(1).reduce((holes, ring) => holes + referenceRingArea(ring), 0), 0);
        const error = Math.abs(geodesicArea(geometry) - reference) / reference;
        expect(error, `${layer} ${feature.properties?.id}`).toBeLessThan(0.0001);
      }
    }
  });

  test("a polygon with a hole, and a large polygon spanning 5° of latitude", () => {
    const outer: Position[] = [[105, 18], [105.1, 18], [105.1, 18.1], [105, 18.1], [105, 18]];
    const hole: Position[] = [[105.02, 18.02], [105.04, 18.02], [105.04, 18.04], [105.02, 18.04], [105.02, 18.02]];
    const reference = referenceRingArea(outer) - referenceRingArea(hole);
    expect(Math.abs(geodesicArea({ type: "Polygon", coordinates: [outer, hole] }) - reference) / reference).toBeLessThan(1e-4);
    const big: Position[] = [[103, 12], [108, 12], [108, 17], [103, 17], [103, 12]];
    expect(Math.abs(geodesicArea({ type: "Polygon", coordinates: [big] }) - referenceRingArea(big)) / referenceRingArea(big)).toBeLessThan(1e-3);
  });

  test("the measure tool: length live, then area and perimeter once closed", () => {
    const vertices: Position[] = [[105.40, 18.30], [105.42, 18.30], [105.42, 18.32]];
    const open = measure(vertices, false);
    expect(open.areaSquareMetres).toBeNull();
    expect(Math.abs(open.lengthMetres - referenceLength(vertices)) / referenceLength(vertices)).toBeLessThan(1e-6);
    const closed = measure(vertices, true);
    expect(Math.abs((closed.areaSquareMetres ?? 0) - referenceRingArea([...vertices, vertices[0]])) / referenceRingArea([...vertices, vertices[0]])).toBeLessThan(1e-3);
    expect(closed.perimeterMetres).toBeCloseTo(referenceLength([...vertices, vertices[0]]), 3);
    expect(measure([], true)).toEqual({ lengthMetres: 0, perimeterMetres: null, areaSquareMetres: null });
  });
});

describe("reach shapes", () => {
  test("a disc has the true disc's area and its outline within 0.2 % of the radius", () => {
    const centre: Position = [105.45, 18.3];
    const disc = discPolygon(centre, 1_000) as Polygon;
    expect(Math.abs(geodesicArea(disc) - Math.PI * 1e6) / (Math.PI * 1e6)).toBeLessThan(0.001);
    for (const vertex of disc.coordinates[0]) expect(Math.abs(referenceInverse(centre, vertex).metres - 1_000)).toBeLessThan(2);
    expect(discPolygon(centre, 0)).toBeNull();
  });

  test("a tapered capsule spans both end discs; one disc inside the other collapses to it", () => {
    const a: Position = [105.4, 18.3];
    const b: Position = [105.42, 18.3];
    const capsule = taperedCapsule(a, b, 500, 100) as Polygon;
    const length = referenceInverse(a, b).metres;
    const expected = (Math.PI * (500 ** 2 + 100 ** 2)) / 2 + length * 600; // ≈ hull area for a short taper
    expect(Math.abs(geodesicArea(capsule) - expected) / expected).toBeLessThan(0.03);
    expect(taperedCapsule(a, [105.401, 18.3], 800, 10)?.coordinates[0].length).toBe(49);
    expect(taperedCapsule(a, b, 0, 0)).toBeNull();
  });
});
