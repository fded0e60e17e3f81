// npm run admin-data:check — NOT part of npm test (needs ../shared): checks the
// committed public/admin-2025/ against the full-resolution source.
//   1. every shipped commune's area is within 0.1 % of the source's (GeographicLib);
//   2. the analyses run on the RAW full-resolution polygons of a sample (every
//      11th commune by code + every land-border commune): coverage with three
//      posts, and the border belt along the derived border line for border
//      communes — first as they come (to show what used to crash), then
//      normalised as every entry point now does; the normalised runs must not crash.
// Exit code 1 when a check fails.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeProvinceBoundaries, deriveBorderLines } from "../../src/geo/admin/index.ts";
import { analyseBorderBelt } from "../../src/geo/border-protection/border-belt-analysis.ts";
import { analyseCoverage } from "../../src/geo/coverage/coverage-analysis.ts";
import { normalizeAreal } from "../../src/geo/normalize/index.ts";
import { arealAreaM2 } from "./ellipsoidal-area.mjs";
import { readCommunes, sourceFolder } from "./read-source.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = path.join(root, "public/admin-2025");
const units = JSON.parse(fs.readFileSync(path.join(OUT, "units.json"), "utf8"));
const started = performance.now();
const lap = (label) => console.log(`  ${label.padEnd(60)} ${((performance.now() - started) / 1000).toFixed(1)} s`);

const source = readCommunes(sourceFolder(root));
const sourceByCode = new Map(source.map((feature) => [feature.properties.code, feature]));
lap(`source read (${source.length} communes)`);

// 1. areas
const topologies = new Map();
let worst = { error: 0, code: "" };
let outside = 0;
for (const province of units.provinces) {
  const topology = JSON.parse(fs.readFileSync(path.join(OUT, province.boundaryFile), "utf8"));
  topologies.set(province.code, topology);
  for (const shipped of decodeProvinceBoundaries(topology).communes) {
    const raw = sourceByCode.get(shipped.id);
    const error = Math.abs(arealAreaM2(shipped.geometry) / arealAreaM2(raw.geometry) - 1);
    if (error > worst.error) worst = { error, code: shipped.id };
    if (error > 0.001) outside++;
  }
}
lap(`areas: ${source.length - outside}/${source.length} within 0.1 %, worst ${(worst.error * 100).toFixed(4)} % (${worst.code})`);

// 2. analyses on raw polygons
const byCode = [...units.communes].sort((a, b) => (a.code < b.code ? -1 : 1));
const sample = byCode.filter((unit, index) => index % 11 === 0 || unit.landBorder);
const tally = { raw: { coverage: 0, belt: 0 }, normalised: { coverage: 0, belt: 0 } };
const crashes = { raw: { coverage: 0, belt: 0 }, normalised: { coverage: 0, belt: 0 } };
const messages = new Map();
const postsInside = (unit) => {
  const [w, s, e, n] = unit.bbox;
  return [0.3, 0.5, 0.7].map((t, index) => ({ type: "Feature", id: `p${index}`, properties: {}, geometry: { type: "Point", coordinates: [w + (e - w) * t, s + (n - s) * (1 - t)] } }));
};
const attempt = (kind, stage, run) => {
  tally[stage][kind]++;
  try {
    run();
  } catch (error) {
    crashes[stage][kind]++;
    const message = `${stage} ${kind}: ${error instanceof Error ? error.message.slice(0, 90) : String(error)}`;
    messages.set(message, (messages.get(message) ?? 0) + 1);
  }
};
for (const unit of sample) {
  const raw = sourceByCode.get(unit.code);
  const normalised = normalizeAreal(raw.geometry).geometry;
  const borderLines = unit.landBorder ? deriveBorderLines(topologies.get(unit.provinceCode), unit.code) : [];
  for (const [stage, geometry] of [["raw", raw.geometry], ["normalised", normalised]]) {
    const area = [{ type: "Feature", properties: {}, geometry }];
    const posts = postsInside(unit);
    attempt("coverage", stage, () => analyseCoverage({ posts, area, mode: { kind: "radius", radiusMetres: 2000, usePostAttribute: false }, skipSingleCoverage: true }));
    if (unit.landBorder) attempt("belt", stage, () => analyseBorderBelt({ borderLines, area, widthMetres: 1000, layers: { posts } }));
  }
}
lap(`analyses on ${sample.length} raw full-resolution communes (${sample.filter((unit) => unit.landBorder).length} on the land border)`);
for (const stage of ["raw", "normalised"])
  console.log(`  ${stage.padEnd(10)} coverage crashed ${crashes[stage].coverage}/${tally[stage].coverage}, border belt crashed ${crashes[stage].belt}/${tally[stage].belt}`);
for (const [message, count] of [...messages].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`    ${count} × ${message}`);
const failed = outside > 0 || crashes.normalised.coverage > 0 || crashes.normalised.belt > 0;
console.log(failed ? "CHECK FAILED" : "check passed");
process.exitCode = failed ? 1 : 0;
