// Commune search over the 3,321 communes + 34 provinces of units.json: the
// app's prepared index (src/geo/admin/commune-search.ts: everything folded
// once) against a naive baseline that folds every name on every keystroke.
// Target: < 20 ms per keystroke. Queries are typed letter by letter.

import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { foldVietnamese } from "../src/domain/incident-text-folding";
import { CommuneSearch, type AdminUnits } from "../src/geo/admin";
import { medianRun } from "./bench-support";

const units = JSON.parse(readFileSync("public/admin-2025/units.json", "utf8")) as AdminUnits;
const typed = ["son kim", "vu quang", "18313", "phuong ba dinh ha noi", "dac khu phu quoc"].flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));

/** Folds every unit's names for every query, filters and sorts: what a first version would do. */
function naiveSearch(query: string, limit = 20): string[] {
  const folded = foldVietnamese(query).trim();
  if (!folded) return [];
  const words = folded.split(/\s+/);
  const hits = units.communes
    .map((unit) => ({ unit, text: foldVietnamese(`${unit.fullName} ${unit.provinceName} ${unit.code}`) }))
    .filter(({ text }) => words.every((word) => text.includes(word)));
  return hits.sort((a, b) => foldVietnamese(a.unit.name).localeCompare(foldVietnamese(b.unit.name))).slice(0, limit).map(({ unit }) => unit.code);
}

test("commune search per keystroke: prepared index vs folding every name", () => {
  const started = performance.now();
  const search = new CommuneSearch(units);
  const buildMs = performance.now() - started;
  const appMs = medianRun(() => typed.forEach((query) => search.search(query)), 15) / typed.length;
  const naiveMs = medianRun(() => typed.forEach((query) => naiveSearch(query)), 3) / typed.length;
  const worst = Math.max(...typed.map((query) => medianRun(() => search.search(query), 5)));
  console.info(
    `[result] commune search over ${units.communes.length} communes: ${appMs.toFixed(3)} ms per keystroke (worst query ${worst.toFixed(3)} ms; index built once in ${buildMs.toFixed(1)} ms); naive fold-every-name: ${naiveMs.toFixed(2)} ms; ratio ≈ ${(naiveMs / appMs).toFixed(0)}× faster; target < 20 ms`,
  );
  // the same communes are found (the ranking differs: that is the point of the index)
  const found = search.search("son kim", Infinity).filter((result) => result.kind === "commune").map((result) => result.unit.code).sort();
  expect(found).toEqual(naiveSearch("son kim", Infinity).sort());
  expect(appMs).toBeLessThan(naiveMs);
});
