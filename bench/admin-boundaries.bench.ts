// Choosing a commune: from the kept province file (text, as IndexedDB holds
// it) to the commune's boundary and its neighbours' outlines, ready for the
// map. The app decodes the whole shared-arc topology once per province and
// looks communes up (src/app/setup/admin-data-source.ts); the baseline
// decodes each commune on its own from the parsed file, as a first version
// did (it was measured slower: topojson decodes arcs per call). Measured on
// the largest province file, for the first choice in a province and for the
// next ones. Target: < 1 s (the map's own render on SwiftShader is apart).

import { readFileSync, readdirSync, statSync } from "node:fs";
import { expect, test } from "vitest";
import { decodeCommuneBoundary, decodeProvinceBoundaries, type AdminUnits, type ProvinceTopology } from "../src/geo/admin";
import { medianRun } from "./bench-support";

const FOLDER = "public/admin-2025";
const units = JSON.parse(readFileSync(`${FOLDER}/units.json`, "utf8")) as AdminUnits;

test("commune boundary + neighbours from the kept province file: targeted decode vs whole province", () => {
  const largest = readdirSync(`${FOLDER}/provinces`)
    .map((name) => ({ name, bytes: statSync(`${FOLDER}/provinces/${name}`).size }))
    .sort((a, b) => b.bytes - a.bytes)[0];
  const text = readFileSync(`${FOLDER}/provinces/${largest.name}`, "utf8");
  const province = units.provinces.find((candidate) => `provinces/${largest.name}` === candidate.boundaryFile)!;
  const communes = units.communes.filter((commune) => commune.provinceCode === province.code);
  // the commune with the most neighbours inside its province: the heaviest case
  const commune = communes.sort((a, b) => b.neighbours.length - a.neighbours.length)[0];
  const inProvince = commune.neighbours.filter((code) => communes.some((candidate) => candidate.code === code));

  const codes = [commune.code, ...inProvince];
  const decodeOnce = () => new Map(decodeProvinceBoundaries(JSON.parse(text) as ProvinceTopology).communes.map((feature) => [feature.properties.code, feature]));
  const firstChoice = () => {
    const all = decodeOnce();
    return codes.map((code) => all.get(code));
  };
  const cached = decodeOnce();
  const nextChoice = () => codes.map((code) => cached.get(code));
  const perCommune = () => {
    const topology = JSON.parse(text) as ProvinceTopology;
    return codes.map((code) => decodeCommuneBoundary(topology, code));
  };
  perCommune();
  firstChoice();
  const naiveMs = medianRun(perCommune, 7);
  const appMs = medianRun(firstChoice, 7);
  const nextMs = medianRun(nextChoice, 7);
  console.info(
    `[result] ${commune.fullName} (${province.fullName}, file ${(largest.bytes / 1024).toFixed(0)} KiB, ${inProvince.length} neighbours): ` +
      `first choice in the province ${appMs.toFixed(1)} ms (parse + decode all once), next choices ${nextMs.toFixed(3)} ms; ` +
      `baseline decoding commune by commune ${naiveMs.toFixed(1)} ms per choice; ratio ${(naiveMs / appMs).toFixed(1)}× (first), ${(naiveMs / Math.max(nextMs, 0.001)).toFixed(0)}× (next); target < 1,000 ms`,
  );
  expect(firstChoice().every(Boolean)).toBe(true);
  expect(firstChoice().map((feature) => JSON.stringify(feature?.geometry))).toEqual(perCommune().map((feature) => JSON.stringify(feature?.geometry)));
  expect(appMs).toBeLessThan(1_000);
});
