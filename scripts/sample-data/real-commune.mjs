// The sample commune's outline is the REAL official boundary of Xã Vũ Quang
// (code 18313) from the shipped administrative data
// (public/admin-2025/provinces/42.topo.json, made by `npm run admin-data` from
// the official source, MIT), and its border segment is the commune's land
// border with Laos as that file records it (edges no other commune shares,
// classified as land border). Only the operational layers built on top stay
// synthetic.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

export const SAMPLE_COMMUNE_CODE = "18313";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const PROVINCE_FILE = "public/admin-2025/provinces/42.topo.json";

const round6 = (p) => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];

/** Rounds to 6 decimals (the sample's precision) and drops positions the rounding made repeat. */
function roundLine(line) {
  const rounded = [];
  for (const p of line.map(round6)) {
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p);
  }
  return rounded;
}

/** Reads the province file once. */
function provinceTopology() {
  return JSON.parse(fs.readFileSync(path.join(root, PROVINCE_FILE), "utf8"));
}

/** Joins line pieces that meet end to start (the file stores the border as arcs). */
function joinPieces(pieces) {
  const lines = pieces.map((piece) => piece.slice());
  let joined = true;
  while (joined) {
    joined = false;
    for (let i = 0; i < lines.length && !joined; i++)
      for (let j = 0; j < lines.length && !joined; j++) {
        if (i === j) continue;
        const a = lines[i], b = lines[j];
        const [ax, ay] = a[a.length - 1];
        if (ax === b[0][0] && ay === b[0][1]) {
          lines[i] = [...a, ...b.slice(1)];
          lines.splice(j, 1);
          joined = true;
        }
      }
  }
  return lines;
}

/**
 * { polygon: Polygon (outer ring counter-clockwise), border: the longest
 * continuous stretch of the Lao border, ordered west → east }.
 */
export function realCommuneGeometry() {
  const topology = provinceTopology();
  const commune = topology.objects.communes.geometries.find((g) => g.properties.code === SAMPLE_COMMUNE_CODE);
  const geometry = feature(topology, commune).geometry;
  if (geometry.type !== "Polygon") throw new Error(`${SAMPLE_COMMUNE_CODE} is expected to be one polygon, got ${geometry.type}`);
  const polygon = { type: "Polygon", coordinates: geometry.coordinates.map(roundLine) };
  const lines = topology.objects.landBorder.geometries.filter((g) => g.properties.code === SAMPLE_COMMUNE_CODE && g.properties.country === "LA");
  const pieces = lines.flatMap((line) => {
    const decoded = feature(topology, line).geometry;
    return decoded.type === "LineString" ? [decoded.coordinates] : decoded.coordinates;
  });
  const longest = joinPieces(pieces).sort((a, b) => b.length - a.length)[0];
  if (!longest) throw new Error(`${SAMPLE_COMMUNE_CODE} has no Lao border in ${PROVINCE_FILE}`);
  const border = roundLine(longest);
  return { polygon, border: border[0][0] <= border[border.length - 1][0] ? border : border.reverse() };
}
