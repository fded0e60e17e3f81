// Response-time coverage along roads against an independent brute force on a
// straight road: a point is reachable iff, for some point of the road ridden
// to in time, the walking time left covers the (GeographicLib) distance.
// Also: crossing roads connect without a shared vertex; Dijkstra's times.

import { describe, expect, test } from "vitest";
import type { Feature, LineString, Point, Position } from "geojson";
import { analyseCoverage } from "../../src/geo/coverage/coverage-analysis";
import { buildRoadGraph } from "../../src/geo/travel-time/road-graph";
import { travelTimes } from "../../src/geo/travel-time/travel-time";
import { pointInPolygon } from "../../src/geo/indexes/point-in-polygon";
import { metresPerMinute, type TravelSpeeds } from "../../src/geo/travel-time/road-speeds";
import { referenceInverse, sampleFeatures } from "./analysis-test-helpers";

const SPEEDS: TravelSpeeds = { byRoadClass: { "quoc-lo": 50 }, defaultRoad: 20, walking: 4 };
const LAT = 18.3;
const road = (coordinates: Position[], roadClass = "quoc-lo"): Feature<LineString> => ({ type: "Feature", properties: { roadClass }, geometry: { type: "LineString", coordinates } });
const point = (coordinates: Position): Feature<Point> => ({ type: "Feature", properties: {}, geometry: { type: "Point", coordinates } });
const box = (west: number, south: number, east: number, north: number) => ({
  type: "Feature" as const,
  properties: {},
  geometry: { type: "Polygon" as const, coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
});

describe("travel-time coverage on a straight road", { timeout: 30_000 }, () => {
  const straight = road(Array.from({ length: 41 }, (_, i) => [105.3 + i * 0.005, LAT]));
  const post: Position = [105.4, LAT];
  const minutes = 10;
  const ride = metresPerMinute(50);
  const walk = metresPerMinute(4);
  // Metres per degree east and north at the road, measured with GeographicLib; planar beyond that (±1.5 km).
  const perLon = referenceInverse([105.4, LAT], [105.41, LAT]).metres / 0.01;
  const perLat = referenceInverse([105.4, LAT - 0.005], [105.4, LAT + 0.005]).metres / 0.01;
  const reachable = ([lon, lat]: Position) => {
    const x = (lon - post[0]) * perLon;
    const y = (lat - post[1]) * perLat;
    if (Math.hypot(x, y) <= walk * minutes) return true;
    for (let s = Math.max(-ride * minutes, x - 1_500); s <= Math.min(ride * minutes, x + 1_500); s += 1) {
      if ((minutes - Math.abs(s) / ride) * walk >= Math.hypot(x - s, y)) return true;
    }
    return false;
  };

  test("agrees with brute force outside a 20 m boundary band, and covers the ridden length", () => {
    const result = analyseCoverage({ posts: [point(post)], area: [box(105.2, 18.2, 105.6, 18.4)], mode: { kind: "travel", minutes, usePostAttribute: false, roads: [straight], speeds: SPEEDS } });
    const covered = result.covered!;
    let checked = 0;
    for (let lon = 105.3; lon <= 105.5; lon += 0.002) {
      for (let lat = LAT - 0.012; lat <= LAT + 0.012; lat += 0.0007) {
        const q: Position = [lon, lat];
        const expected = reachable(q);
        // Skip points within ~20 m of the true outline (simplification + polygon approximation).
        const near = [0.00019, -0.00019].some((d) => reachable([lon, lat + d]) !== expected) || [0.0002, -0.0002].some((d) => reachable([lon + d, lat]) !== expected);
        if (near) continue;
        checked += 1;
        expect(pointInPolygon(lon, lat, covered), `${lon.toFixed(4)},${lat.toFixed(4)}`).toBe(expected);
      }
    }
    expect(checked).toBeGreaterThan(1_500);
    // The reach along the road is 10 min × 50 km/h ≈ 8.33 km each way.
    expect(pointInPolygon(post[0] + 0.078, LAT, covered)).toBe(true);
    expect(pointInPolygon(post[0] + 0.081, LAT, covered)).toBe(false);
  });

  test("the per-post responseMinutes attribute is used when asked", () => {
    const withAttribute = { ...point(post), properties: { responseMinutes: 2 } };
    const short = analyseCoverage({ posts: [withAttribute], area: [box(105.2, 18.2, 105.6, 18.4)], mode: { kind: "travel", minutes, usePostAttribute: true, roads: [straight], speeds: SPEEDS } });
    expect(pointInPolygon(post[0] + 0.05, LAT, short.covered!)).toBe(false);
    expect(short.posts[0].reach).toBe("2 phút");
  });
});

describe("road graph", () => {
  test("two roads that cross without a shared vertex are joined at the crossing", () => {
    const eastWest = road([[105.3, LAT], [105.5, LAT]]);
    const northSouth = road([[105.4, 18.2], [105.4, 18.4]], "unknown");
    const graph = buildRoadGraph([eastWest, northSouth], SPEEDS, 0);
    expect(graph.positions.some(([lon, lat]) => Math.abs(lon - 105.4) < 1e-9 && Math.abs(lat - LAT) < 1e-9)).toBe(true);
    expect(graph.edges).toHaveLength(4);
    const times = travelTimes(graph, [105.3, LAT], 60, metresPerMinute(4));
    const north = graph.positions.findIndex(([, lat]) => lat === 18.4);
    const toCrossing = referenceInverse([105.3, LAT], [105.4, LAT]).metres / metresPerMinute(50);
    const crossingToNorth = referenceInverse([105.4, LAT], [105.4, 18.4]).metres / metresPerMinute(20);
    expect(times.nodeMinutes[north]).toBeCloseTo(toCrossing + crossingToNorth, 2);
  });

  test("the sample roads build a connected graph; unknown classes ride at the default speed", () => {
    const graph = buildRoadGraph(sampleFeatures("road"), SPEEDS);
    expect(graph.edges.length).toBeGreaterThan(50);
    expect(graph.edges.every((edge) => edge.metres > 0 && Number.isFinite(edge.speed))).toBe(true);
    const unknown = buildRoadGraph([road([[105.3, LAT], [105.31, LAT]], "duong-mon")], SPEEDS);
    expect(unknown.edges[0].speed).toBeCloseTo(metresPerMinute(20));
  });
});
