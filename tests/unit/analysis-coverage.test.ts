// Coverage agrees with an independent estimate: dense point sampling of the
// commune with GeographicLib distances to every post (within 1 percentage
// point); degenerate inputs give a clear message or an empty result.

import { describe, expect, test } from "vitest";
import type { Feature, Geometry, Point, Polygon, Position } from "geojson";
import { analyseCoverage } from "../../src/geo/coverage/coverage-analysis";
import { AnalysisInputError } from "../../src/geo/analysis-results/analysis-errors";
import { pointInPolygon } from "../../src/geo/indexes/point-in-polygon";
import { geometryBox } from "../../src/geo/indexes/polygon-index";
import { suggestNextPosts } from "../../src/geo/coverage/next-post-suggestion";
import { prepareArea } from "../../src/geo/coverage/analysis-area";
import { referenceInverse, sampleFeatures } from "./analysis-test-helpers";

const commune = sampleFeatures("commune");
const posts = sampleFeatures("militia-post");
const villages = sampleFeatures("village");
const hotspots = sampleFeatures("hotspot");
const communeGeometry = commune[0].geometry as Polygon;

/** Share of commune sample points within `radius(post)` of some post (independent of any polygon). */
function sampledPercent(postList: readonly Feature<Geometry | null>[], radius: (post: Feature<Geometry | null>) => number, step = 0.0025): number {
  const [minX, minY, maxX, maxY] = geometryBox(communeGeometry);
  let inside = 0;
  let covered = 0;
  for (let lat = minY + step / 2; lat < maxY; lat += step) {
    for (let lon = minX + step / 2; lon < maxX; lon += step) {
      if (!pointInPolygon(lon, lat, communeGeometry)) continue;
      inside += 1;
      // Cells of equal degrees differ in area by under 0.1 % across the commune: unweighted is fine.
      if (postList.some((post) => referenceInverse((post.geometry as Point).coordinates, [lon, lat]).metres <= radius(post))) covered += 1;
    }
  }
  return (100 * covered) / inside;
}

describe("coverage by radius", () => {
  test("global 2,000 m radius: within 1 percentage point of dense sampling", () => {
    const result = analyseCoverage({ posts, area: commune, mode: { kind: "radius", radiusMetres: 2_000, usePostAttribute: false } });
    const sampled = sampledPercent(posts, () => 2_000);
    expect(Math.abs(result.coveredPercent - sampled)).toBeLessThan(1);
    expect(result.coveredPercent).toBeGreaterThan(5);
    expect(result.coveredAreaM2).toBeCloseTo((result.coveredPercent / 100) * result.areaM2, 0);
  });

  test("per-post radii from the attributes: within 1 percentage point", () => {
    const result = analyseCoverage({ posts, area: commune, mode: { kind: "radius", radiusMetres: 500, usePostAttribute: true } });
    const sampled = sampledPercent(posts, (post) => Number(post.properties?.radiusM));
    expect(Math.abs(result.coveredPercent - sampled)).toBeLessThan(1);
  });

  test("villages and hotspots not covered are listed; hotspots know how many posts reach them", () => {
    const result = analyseCoverage({ posts, area: commune, villages, hotspots, mode: { kind: "radius", radiusMetres: 2_000, usePostAttribute: false } });
    expect(result.villages).toHaveLength(villages.length);
    for (const hotspot of result.hotspots) {
      const nearest = Math.min(...posts.map((post) => referenceInverse((post.geometry as Point).coordinates, hotspot.position).metres));
      if (Math.abs(nearest - 2_000) > 10) expect(hotspot.covered, hotspot.name).toBe(nearest < 2_000);
      const reaching = posts.filter((post) => referenceInverse((post.geometry as Point).coordinates, hotspot.position).metres < 1_990).length;
      if (Math.abs(nearest - 2_000) > 10) expect(hotspot.postCount).toBeGreaterThanOrEqual(reaching);
    }
    expect(result.villages.some((village) => !village.covered)).toBe(true);
    expect(result.singlyCoveredAreaM2).toBeGreaterThan(0);
    expect(result.singlyCoveredAreaM2).toBeLessThanOrEqual(result.coveredAreaM2 + 1);
  });

  test("the suggested next post adds the area it promises", () => {
    const before = analyseCoverage({ posts, area: commune, villages, mode: { kind: "radius", radiusMetres: 2_000, usePostAttribute: false } });
    const [suggestion] = suggestNextPosts({ area: prepareArea(commune).shape, covered: before.covered, villages, mode: { kind: "radius", radiusMetres: 2_000, usePostAttribute: false }, objective: "area", count: 1 });
    expect(suggestion.gainAreaM2).toBeGreaterThan(0);
    expect(suggestion.reach).toBe("bán kính 2.000 m");
    const added: Feature<Point> = { type: "Feature", properties: { id: "new" }, geometry: { type: "Point", coordinates: suggestion.position } };
    const after = analyseCoverage({ posts: [...posts, added], area: commune, mode: { kind: "radius", radiusMetres: 2_000, usePostAttribute: false } });
    const gained = after.coveredAreaM2 - before.coveredAreaM2;
    // The promised area is computed from the disc itself (not counted on samples): it matches to 0.1 %.
    expect(Math.abs(gained - suggestion.gainAreaM2) / suggestion.gainAreaM2).toBeLessThan(0.001);
    // Greedy over candidates: no village point gains more.
    expect(gained).toBeGreaterThan(0.5 * Math.PI * 2_000 ** 2);
  });
});

describe("degenerate inputs", () => {
  const radius = { kind: "radius" as const, radiusMetres: 1_000, usePostAttribute: false };

  test("no posts: 0 % with a Vietnamese note, no NaN", () => {
    const result = analyseCoverage({ posts: [], area: commune, villages, mode: radius });
    expect(result.coveredPercent).toBe(0);
    expect(result.warnings.join(" ")).toContain("Chưa chọn chốt dân quân nào");
    expect(result.villages.every((village) => !village.covered && Number.isFinite(village.coveredShare))).toBe(true);
  });

  test("zero radius: empty coverage and a message", () => {
    const result = analyseCoverage({ posts, area: commune, mode: { ...radius, radiusMetres: 0 } });
    expect(result.coveredPercent).toBe(0);
    expect(result.warnings.join(" ")).toContain("bằng 0");
  });

  test("a post outside the commune is named; only its part inside counts", () => {
    const outside: Feature<Point> = { type: "Feature", properties: { id: "far", name: "Chốt ngoài xã" }, geometry: { type: "Point", coordinates: [106.5, 18.3] } };
    const result = analyseCoverage({ posts: [outside], area: commune, mode: radius });
    expect(result.coveredPercent).toBe(0);
    expect(result.warnings.join(" ")).toContain("“Chốt ngoài xã” nằm ngoài ranh giới xã");
  });

  test("no area: a Vietnamese input error", () => {
    expect(() => analyseCoverage({ posts, area: [], mode: radius })).toThrow(AnalysisInputError);
    expect(() => analyseCoverage({ posts, area: [], mode: radius })).toThrow(/Chưa có ranh giới xã/);
  });

  test("a self-intersecting (bow-tie) and a multipart area are analysed, with a warning for the bow-tie", () => {
    const bowTie: Feature<Polygon> = { type: "Feature", properties: { name: "Nơ" }, geometry: { type: "Polygon", coordinates: [[[105.4, 18.3], [105.44, 18.34], [105.44, 18.3], [105.4, 18.34], [105.4, 18.3]]] } };
    const post: Feature<Point> = { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [105.42, 18.32] } };
    const result = analyseCoverage({ posts: [post], area: [bowTie], mode: radius });
    expect(result.warnings.join(" ")).toContain("tự cắt nhau");
    expect(result.coveredPercent).toBeGreaterThan(0);
    expect(Number.isFinite(result.coveredPercent)).toBe(true);
    const square = (x: number): Position[] => [[x, 18.3], [x + 0.02, 18.3], [x + 0.02, 18.32], [x, 18.32], [x, 18.3]];
    const multipart: Feature<Geometry> = { type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: [[square(105.4)], [square(105.5)]] } };
    const inFirst: Feature<Point> = { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [105.41, 18.31] } };
    const half = analyseCoverage({ posts: [inFirst], area: [multipart], mode: { ...radius, radiusMetres: 5_000 } });
    expect(half.coveredPercent).toBeCloseTo(50, 1);
  });

  test("travel mode with an empty road layer: walking circle only, with a message", () => {
    const result = analyseCoverage({ posts: posts.slice(0, 1), area: commune, mode: { kind: "travel", minutes: 15, usePostAttribute: false, roads: [], speeds: { byRoadClass: {}, defaultRoad: 30, walking: 4 } } });
    expect(result.warnings.join(" ")).toContain("Lớp giao thông không có tuyến nào");
    const walkDisc = Math.PI * 1_000 ** 2; // 15 min at 4 km/h = 1 km
    expect(result.coveredAreaM2).toBeLessThanOrEqual(walkDisc * 1.001);
  });
});
