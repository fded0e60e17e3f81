// Coverage union of 200 posts clipped to the sample commune (target < 500 ms
// in the worker; the worker runs this same code): discs unioned in ONE
// Clipper2 call on an integer grid, then clipped, against the naive baseline
// — Turf circles unioned one by one, then clipped — and against the same
// discs unioned in one Turf (polyclip-ts) call, the previous implementation. Plus the full analysis (single-coverage area,
// villages) for reference, and nearest post for 10,000 hotspots: index vs
// brute force.

import { readFileSync } from "node:fs";
import { circle, featureCollection, intersect, union } from "@turf/turf";
import { expect, test } from "vitest";
import { medianRun } from "./bench-support";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from "geojson";
import { analyseCoverage } from "../src/geo/coverage/coverage-analysis";
import { discPolygon } from "../src/geo/travel-time/reach-shapes";
import { NearestIndex, nearestBruteForce } from "../src/geo/indexes/nearest-index";

const read = (layer: string) => JSON.parse(readFileSync(`data/vu-quang/${layer}.geojson`, "utf8")) as FeatureCollection;
const commune = read("commune").features as Feature<Polygon | MultiPolygon>[];
const villages = read("village").features;

function seeded(seed: number) {
  let state = seed;
  return () => ((state = (state * 16807) % 2147483647), state / 2147483647);
}

const random = seeded(5);
const posts: Feature<Point>[] = Array.from({ length: 200 }, (_, i) => ({
  type: "Feature",
  properties: { id: `post-${i}` },
  geometry: { type: "Point", coordinates: [105.26 + random() * 0.36, 18.16 + random() * 0.28] },
}));


test("coverage union of 200 posts (1,500 m) clipped to the commune", { timeout: 300_000 }, () => {
  const mode = { kind: "radius" as const, radiusMetres: 1_500, usePostAttribute: false };
  analyseCoverage({ posts, area: commune, mode, skipSingleCoverage: true }); // warm-up (JIT)
  let percent = 0;
  const ours = medianRun(() => (percent = analyseCoverage({ posts, area: commune, mode, skipSingleCoverage: true }).coveredPercent), 5);
  const naive = medianRun(() => {
    let merged: Feature<Polygon | MultiPolygon> | null = null;
    for (const post of posts) {
      const disc = circle(post.geometry.coordinates, 1.5, { steps: 64, units: "kilometers" });
      merged = merged ? union(featureCollection([merged, disc])) : disc;
    }
    intersect(featureCollection([merged as Feature<Polygon | MultiPolygon>, commune[0]]));
  }, 1);
  const asFeature = (post: Feature<Point>): Feature<Polygon> => ({ type: "Feature", properties: {}, geometry: discPolygon(post.geometry.coordinates, 1_500)! });
  const turfOneCall = medianRun(() => intersect(featureCollection([union(featureCollection(posts.map(asFeature)))!, commune[0]])), 3);
  const full = medianRun(() => analyseCoverage({ posts, area: commune, villages, mode }), 1);
  console.info(
    `[result] coverage of 200 posts, union + clip + ellipsoidal area: median ${Math.round(ours)} ms (target < 500 ms; ${percent.toFixed(1)} % covered)\n` +
      `[result] naive (Turf circles unioned one by one, then clipped): ${Math.round(naive)} ms → ${(naive / ours).toFixed(1)}× slower\n` +
      `[result] same discs unioned in one Turf (polyclip-ts) call, then clipped: ${Math.round(turfOneCall)} ms → ${(turfOneCall / ours).toFixed(1)}× slower\n` +
      `[result] full analysis incl. "covered by one post only" (pairwise overlaps) and 31 villages: ${Math.round(full)} ms`,
  );
  expect(percent).toBeGreaterThan(0);
});

test("nearest post for 10,000 hotspots: index vs brute force", { timeout: 300_000 }, () => {
  const hotspots: Position[] = Array.from({ length: 10_000 }, () => [105.25 + random() * 0.37, 18.15 + random() * 0.3]);
  const national: Position[] = Array.from({ length: 3_321 }, () => [102.1 + random() * 7.4, 8.5 + random() * 15]);
  const nationalQueries = hotspots.map(() => [102.1 + random() * 7.4, 8.5 + random() * 15] as Position);
  for (const [label, targets, queries] of [
    ["200 posts of a commune", posts.map((post) => post.geometry.coordinates), hotspots],
    ["3,321 points nationwide", national, nationalQueries],
  ] as const) {
    let index: NearestIndex | null = null;
    const indexed = medianRun(() => {
      index = new NearestIndex(targets);
      for (const query of queries) index.nearest(query);
    }, 3);
    // Brute force on the first 1,000 queries, extrapolated ×10 (it is linear in the query count).
    const brute = 10 * medianRun(() => {
      for (const query of queries.slice(0, 1_000)) nearestBruteForce(targets, query);
    }, 1);
    const same = queries.slice(0, 500).every((query) => Math.abs((index as unknown as NearestIndex).nearest(query)!.metres - nearestBruteForce(targets, query)!.metres) < 1e-6);
    console.info(`[result] nearest of ${label} for 10,000 queries: index ${Math.round(indexed)} ms vs brute force ~${Math.round(brute)} ms (1,000 queries ×10) → ${(brute / indexed).toFixed(1)}× faster; identical answers: ${same}`);
    expect(same).toBe(true);
  }
});
