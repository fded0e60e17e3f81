// The next-post suggestion in travel-time mode scores a spot by its reach
// along the roads, not by a straight-line radius: on a straight road with a
// village at each end, the suggested post reaches both (a walking-only disc
// of the same minutes reaches one); the promised gain is the uncovered area
// of the spot's actual travel reach, checked against the coverage analysis
// run with the post added. Degenerate inputs give no suggestion and no NaN.

import { describe, expect, test } from "vitest";
import type { Feature, Geometry, Point, Polygon, Position } from "geojson";
import { prepareArea } from "../../src/geo/coverage/analysis-area";
import { analyseCoverage } from "../../src/geo/coverage/coverage-analysis";
import type { CoverageMode } from "../../src/geo/coverage/coverage-mode";
import { geodesicArea } from "../../src/geo/geodesy/geodesic-area";
import { describeSuggestionReach, suggestNextPosts, type SuggestedPost } from "../../src/geo/coverage/next-post-suggestion";
import { pointInPolygon } from "../../src/geo/indexes/point-in-polygon";
import { intersection, subtract } from "../../src/geo/shapes/polygon-boolean";
import { postReaches } from "../../src/geo/coverage/post-reach";
import { DEFAULT_TRAVEL_SPEEDS } from "../../src/geo/travel-time/road-speeds";
import { referenceInverse, sampleFeatures } from "./analysis-test-helpers";

const box = (west: number, south: number, east: number, north: number, properties: Record<string, unknown> = {}): Feature<Polygon> => ({
  type: "Feature",
  properties,
  geometry: { type: "Polygon", coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
});
const pointFeature = (coordinates: Position): Feature<Point> => ({ type: "Feature", properties: {}, geometry: { type: "Point", coordinates } });

// A 10.6 × 4.4 km commune with one straight east–west road through it (40 km/h) and a
// village of 500 people at each end of the road, 8 km apart. 15 minutes = 1 km on foot.
const commune = [box(105.4, 18.3, 105.5, 18.34)];
const road: Feature<Geometry> = { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [[105.4, 18.32], [105.5, 18.32]] } };
const westVillage = box(105.405, 18.315, 105.415, 18.325, { name: "Thôn Tây", population: 500 });
const eastVillage = box(105.485, 18.315, 105.495, 18.325, { name: "Thôn Đông", population: 500 });
const villages = [westVillage, eastVillage];
// An existing post off the road, 1.4 km north of it: its walking disc does not reach the road.
const posts = [pointFeature([105.45, 18.333])];
const speeds = { byRoadClass: {}, defaultRoad: 40, walking: 4 };
const travel: CoverageMode = { kind: "travel", minutes: 15, usePostAttribute: false, roads: [road], speeds };
const walkingRadius: CoverageMode = { kind: "radius", radiusMetres: 1_000, usePostAttribute: false };
const area = prepareArea(commune).shape;

function suggest(mode: CoverageMode, count = 1, objective: "population" | "area" = "population"): { before: ReturnType<typeof analyseCoverage>; suggestions: SuggestedPost[] } {
  const before = analyseCoverage({ posts, area: commune, villages, mode });
  return { before, suggestions: suggestNextPosts({ area, covered: before.covered, villages, mode, objective, count }) };
}

const centre = (village: Feature<Polygon>): Position => [(village.geometry.coordinates[0][0][0] + village.geometry.coordinates[0][2][0]) / 2, 18.32];

describe("next post in travel-time mode", () => {
  test("the suggested post reaches both villages along the road; a walking-only radius reaches one", () => {
    const { suggestions: [byTravel] } = suggest(travel);
    const { suggestions: [byRadius] } = suggest(walkingRadius);
    expect(byTravel.reach).toBe("trong 15 phút di chuyển");
    expect(byRadius.gainPopulation).toBeLessThanOrEqual(500);
    expect(byTravel.gainPopulation).toBeGreaterThan(800);
    const reach = postReaches([pointFeature(byTravel.position)], travel)[0].shape!;
    for (const village of villages) expect(pointInPolygon(...(centre(village) as [number, number]), reach), String(village.properties?.name)).toBe(true);
    expect(referenceInverse(centre(westVillage), centre(eastVillage)).metres).toBeGreaterThan(7_000);
    expect(byTravel.gainAreaM2).toBeGreaterThan(2 * Math.PI * 1_000 ** 2);
  });

  test("the promised gain is the uncovered area of the spot's actual travel reach, suggestion after suggestion", () => {
    const { before, suggestions } = suggest(travel, 3, "area");
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].gainAreaM2).toBeGreaterThan(2 * Math.PI * 1_000 ** 2); // a spot on the road
    let covered = before.covered;
    let coveredAreaM2 = before.coveredAreaM2;
    const added: Feature<Point>[] = [];
    for (const suggestion of suggestions) {
      // Independent of the suggestion code: the post's reach as the coverage analysis builds it.
      const reach = postReaches([pointFeature(suggestion.position)], travel)[0].shape;
      const expected = geodesicArea(subtract(intersection(reach, area), covered));
      expect(Math.abs(suggestion.gainAreaM2 - expected) / expected).toBeLessThan(0.01);
      added.push(pointFeature(suggestion.position));
      const after = analyseCoverage({ posts: [...posts, ...added], area: commune, mode: travel, skipSingleCoverage: true });
      expect(Math.abs(after.coveredAreaM2 - coveredAreaM2 - suggestion.gainAreaM2) / suggestion.gainAreaM2).toBeLessThan(0.02);
      covered = after.covered;
      coveredAreaM2 = after.coveredAreaM2;
    }
  });

  test("sample commune, 15 minutes on its roads: each of 5 suggestions adds what it promises", () => {
    const sampleCommune = sampleFeatures("commune");
    const samplePosts = sampleFeatures("militia-post");
    const sampleVillages = sampleFeatures("village");
    const mode: CoverageMode = { kind: "travel", minutes: 15, usePostAttribute: false, roads: sampleFeatures("road"), speeds: DEFAULT_TRAVEL_SPEEDS };
    const before = analyseCoverage({ posts: samplePosts, area: sampleCommune, villages: sampleVillages, mode, skipSingleCoverage: true });
    const fractions: number[] = [];
    const suggestions = suggestNextPosts({ area: prepareArea(sampleCommune).shape, covered: before.covered, villages: sampleVillages, mode, objective: "population", count: 5 }, (fraction) => fractions.push(fraction));
    expect(suggestions).toHaveLength(5);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((fraction, index) => index === 0 || fraction >= fractions[index - 1])).toBe(true);
    const after = analyseCoverage({ posts: [...samplePosts, ...suggestions.map((suggestion) => pointFeature(suggestion.position))], area: sampleCommune, mode, skipSingleCoverage: true });
    const promised = suggestions.reduce((sum, suggestion) => sum + suggestion.gainAreaM2, 0);
    expect(Math.abs(after.coveredAreaM2 - before.coveredAreaM2 - promised) / promised).toBeLessThan(0.01);
    expect(suggestions[0].gainPopulation).toBeGreaterThan(0);
    // Five travel-time searches on the sample's roads: seconds alone, minutes on a shared, loaded machine.
  }, 180_000);
});

describe("next post in travel-time mode: degenerate inputs", () => {
  test("an empty road layer: walking only, a disc of minutes × walking speed at most", () => {
    const { suggestions } = suggest({ ...travel, roads: [] }, 2);
    expect(suggestions).toHaveLength(2);
    for (const suggestion of suggestions) {
      expect(Number.isFinite(suggestion.gainAreaM2) && Number.isFinite(suggestion.gainPopulation)).toBe(true);
      expect(suggestion.gainAreaM2).toBeGreaterThan(0);
      expect(suggestion.gainAreaM2).toBeLessThanOrEqual(Math.PI * 1_000 ** 2 * 1.001);
    }
  });

  test("zero, negative or missing minutes and a zero count: no suggestion", () => {
    for (const minutes of [0, -5, Number.NaN]) expect(suggest({ ...travel, minutes }).suggestions).toEqual([]);
    expect(suggest(travel, 0).suggestions).toEqual([]);
  });

  test("the reach is named as people read it", () => {
    expect(describeSuggestionReach({ kind: "radius", radiusMetres: 1_500, usePostAttribute: false })).toBe("bán kính 1.500 m");
    expect(describeSuggestionReach(travel)).toBe("trong 15 phút di chuyển");
  });
});
