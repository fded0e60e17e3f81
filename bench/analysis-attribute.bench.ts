// Attributing 100,000 points to the 3,321 communes of a synthetic national
// layer (~7 M vertices): PolygonIndex (Flatbush boxes + exact test, index
// build included) against the naive Turf pointsWithinPolygon per commune
// with no index. The naive run would take many minutes on all points, so
// it runs on a documented subsample and is extrapolated linearly (its cost
// is points × polygons × vertices); the printed ratio says so.

import { expect, test } from "vitest";
import { fastestRun } from "./bench-support";
import { attributePoints, attributePointsNaive } from "../src/geo/indexes/point-attribution";
import { COMMUNE_COUNT, nationalCommunes, randomPoints } from "../scripts/bench-data/national-communes";

const POINTS = 100_000;
const NAIVE_SUBSAMPLE = 100;

const built = performance.now();
const communes = nationalCommunes().features;
const vertexCount = communes.reduce((sum, commune) => sum + commune.geometry.coordinates[0].length, 0);
const points = randomPoints(POINTS, 11);
const subsample = points.slice(0, NAIVE_SUBSAMPLE);
console.info(`[bench data] ${COMMUNE_COUNT} communes, ${vertexCount.toLocaleString("en")} vertices, ${POINTS.toLocaleString("en")} points (generated in ${Math.round(performance.now() - built)} ms)`);


test(`attribute ${POINTS.toLocaleString("en")} points to ${COMMUNE_COUNT} communes: index vs naive`, () => {
  let assigned: Record<string, string | null> = {};
  const indexed = fastestRun(() => (assigned = attributePoints(points, communes, "code")), 3);
  const naive: Record<string, string | null>[] = [];
  const naiveSubsample = fastestRun(() => naive.push(attributePointsNaive(subsample, communes, "code")), 1);
  const agree = subsample.every((point) => naive[0][String(point.properties?.id)] === assigned[String(point.properties?.id)]);
  const naiveExtrapolated = naiveSubsample * (POINTS / NAIVE_SUBSAMPLE);
  const found = Object.values(assigned).filter((value) => value !== null).length;
  console.info(
    `[result] PolygonIndex (Flatbush + exact test, index build included): ${Math.round(indexed)} ms for ${POINTS.toLocaleString("en")} points (${found.toLocaleString("en")} inside a commune; target < 2,000 ms)\n` +
      `[result] naive Turf pointsWithinPolygon, no index: ${Math.round(naiveSubsample)} ms for a ${NAIVE_SUBSAMPLE}-point subsample → ~${(naiveExtrapolated / 1000).toFixed(0)} s for ${POINTS.toLocaleString("en")} points (linear extrapolation)\n` +
      `[result] ratio ≈ ${Math.round(naiveExtrapolated / indexed).toLocaleString("en")}× faster (target ≥ 100×); index and naive ${agree ? "agree" : "DISAGREE"} on every subsample point`,
  );
  expect(agree).toBe(true);
});
