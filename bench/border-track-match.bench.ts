// GPX track ↔ marker matching: the app's segment walk with per-segment
// bounding-box rejection (src/geo/border-protection/track-marker-match.ts) against the naive
// Turf baseline (pointToLineDistance for every marker over the whole track),
// on a 20,000-point patrol track and the sample's 14 markers.

import { expect, test } from "vitest";
import { fastestRun } from "./bench-support";
import { readFileSync } from "node:fs";
import { pointToLineDistance } from "@turf/turf";
import type { FeatureCollection, LineString, Point } from "geojson";
import { markersPassedByTrack } from "../src/geo/border-protection/track-marker-match";

const markerLayer = JSON.parse(readFileSync("data/vu-quang/border-marker.geojson", "utf8")) as FeatureCollection<Point>;
const markers = markerLayer.features.map((feature) => ({ id: String(feature.id), lon: feature.geometry.coordinates[0], lat: feature.geometry.coordinates[1] }));

// A long wandering patrol along the border (deterministic).
const coordinates: [number, number][] = [];
for (let i = 0; i < 20_000; i++) {
  const t = i / 20_000;
  coordinates.push([105.27 + 0.24 * t + 0.002 * Math.sin(i / 7), 18.26 - 0.1 * t + 0.002 * Math.cos(i / 11)]);
}
const track: LineString = { type: "LineString", coordinates };
const TOLERANCE_M = 100;


test("markers passed by a 20,000-point track: segment walk vs naive Turf", () => {
  let app: string[] = [];
  let naive: string[] = [];
  const appMs = fastestRun(() => (app = markersPassedByTrack(markers, track, TOLERANCE_M).map((match) => match.markerId).sort()), 10);
  const naiveMs = fastestRun(() => (naive = markers.filter((marker) => pointToLineDistance([marker.lon, marker.lat], track, { units: "meters" }) <= TOLERANCE_M).map((marker) => marker.id).sort()), 3);
  console.info(
    `[result] segment walk with box rejection: ${appMs.toFixed(1)} ms; naive Turf pointToLineDistance: ${naiveMs.toFixed(1)} ms; ratio ≈ ${(naiveMs / appMs).toFixed(1)}× faster; ${app.length} markers matched, ${app.join(",") === naive.join(",") ? "same as" : "DIFFERENT FROM"} the baseline`,
  );
  expect(app).toEqual(naive);
});
