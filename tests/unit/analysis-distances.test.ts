// Nearest-feature answers: the index agrees with brute force exactly (same
// target, same metres) at commune and national scale; the tables name the
// nearest post, station and headquarters with GeographicLib-accurate metres.

import { describe, expect, test } from "vitest";
import type { Point, Position } from "geojson";
import { NearestIndex, nearestBruteForce } from "../../src/geo/indexes/nearest-index";
import { markerDistanceTable, nearestTable, nearestToFeature } from "../../src/geo/distances/distance-tables";
import { analyseDistances } from "../../src/geo/distances/distance-analysis";
import { referenceInverse, sampleFeatures, seededRandom } from "./analysis-test-helpers";

const posts = sampleFeatures("militia-post");
const hotspots = sampleFeatures("hotspot");
const markers = sampleFeatures("border-marker");
const stations = sampleFeatures("border-station");
const headquarters = sampleFeatures("command-post");

describe("NearestIndex", () => {
  test("same answer as brute force for 400 queries over 3,000 national targets", () => {
    const random = seededRandom(7);
    const targets: Position[] = Array.from({ length: 3_000 }, () => [102.1 + random() * 7.4, 8.5 + random() * 15]);
    const index = new NearestIndex(targets);
    for (let i = 0; i < 400; i++) {
      const query: Position = [102 + random() * 7.6, 8.4 + random() * 15.2];
      const fast = index.nearest(query);
      const slow = nearestBruteForce(targets, query);
      expect(fast?.metres).toBeCloseTo(slow?.metres ?? NaN, 6);
    }
  });

  test("an empty index finds nothing; an excluded target is skipped", () => {
    expect(new NearestIndex([]).nearest([105, 18])).toBeNull();
    const index = new NearestIndex([[105, 18], [105.1, 18]]);
    expect(index.nearest([105.01, 18])?.index).toBe(0);
    expect(index.nearest([105.01, 18], (i) => i === 0)?.index).toBe(1);
  });
});

describe("distance tables", () => {
  test("every hotspot's nearest post, with distance and bearing as GeographicLib gives them", () => {
    const rows = nearestTable(hotspots, posts);
    expect(rows).toHaveLength(hotspots.length);
    for (const row of rows) {
      const all = posts.map((post) => ({ id: post.properties?.id, ...referenceInverse(row.position, (post.geometry as Point).coordinates) }));
      const best = all.reduce((a, b) => (b.metres < a.metres ? b : a));
      expect(row.nearestId).toBe(best.id);
      expect(Math.abs((row.metres ?? NaN) - best.metres) / best.metres).toBeLessThan(0.005);
      expect(Math.abs((row.bearing ?? NaN) - best.bearing)).toBeLessThan(1e-6);
    }
  });

  test("border markers to the station and the nearest post", () => {
    const rows = markerDistanceTable(markers, stations, posts);
    expect(rows).toHaveLength(markers.length);
    for (const row of rows) {
      expect(row.station.nearestId).toBe(stations[0].properties?.id);
      const reference = referenceInverse(row.station.position, (stations[0].geometry as Point).coordinates).metres;
      expect(row.station.metres).toBeCloseTo(reference, 2);
      expect(row.post.metres).toBeGreaterThan(0);
    }
  });

  test("for a selected feature: nearest post, headquarters and station", () => {
    const around = nearestToFeature(hotspots[0], { posts, headquarters, stations });
    expect(around.post?.nearestId).toMatch(/^militia-post-/);
    expect(around.headquarters?.nearestId).toMatch(/^command-post-/);
    expect(around.station?.nearestId).toBe(stations[0].properties?.id);
  });

  test("no posts: rows with empty answers and a Vietnamese note, never NaN", () => {
    const result = analyseDistances({ hotspots, posts: [], markers, stations: [] });
    expect(result.hotspots.every((row) => row.nearestId === null && row.metres === null)).toBe(true);
    expect(result.warnings.join(" ")).toContain("Chưa có chốt dân quân nào");
  });
});
