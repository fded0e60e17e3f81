// The commune polygon: its south-west side is the real border segment (from the
// cached OSM extract); the rest is a synthetic irregular outline on the
// Vietnamese side, shrunk toward its centre until the area hits the target.
import * as turf from "@turf/turf";
import { createRng } from "./prng.mjs";
import { longestRunInBbox } from "./border-source.mjs";

/** Approximate bbox of Vũ Quang (DOMAIN.md §4). */
export const COMMUNE_BBOX = [105.256, 18.153, 105.619, 18.449];
export const TARGET_AREA_KM2 = 535;
const BORDER_CLIP = [105.2555, 18.1525, 105.62, 18.45];

/** The border vertices that bound the commune, ordered west (north-west) → east. */
export function communeBorderSegment(regionBorder) {
  const run = longestRunInBbox(regionBorder, BORDER_CLIP);
  return run[0][0] <= run[run.length - 1][0] ? run : run.slice().reverse();
}

// Hand-drawn outline in bbox-normalised (u = lon, v = lat) space, from the east
// end of the border counter-clockwise round the north to its west end.
const CONTROL_UV = [
  [0.75, 0.1], [0.78, 0.22], [0.84, 0.34], [0.94, 0.41], [0.98, 0.51], [0.96, 0.61], [0.9, 0.67],
  [0.8, 0.63], [0.71, 0.61], [0.65, 0.71], [0.62, 0.84], [0.57, 0.96], [0.48, 0.98], [0.42, 0.86],
  [0.37, 0.71], [0.3, 0.6], [0.2, 0.55], [0.1, 0.5], [0.03, 0.46],
];

const KM_LON = 111.32 * Math.cos((18.3 * Math.PI) / 180);
const KM_LAT = 110.57;

/** Midpoint displacement between a and b ([lon, lat]), excluding b. */
function roughen(a, b, depth, rng, amplitude) {
  if (depth === 0) return [a];
  const dx = (b[0] - a[0]) * KM_LON;
  const dy = (b[1] - a[1]) * KM_LAT;
  const len = Math.hypot(dx, dy);
  const shift = rng.range(-1, 1) * amplitude * len;
  const mid = [(a[0] + b[0]) / 2 + ((-dy / len) * shift) / KM_LON, (a[1] + b[1]) / 2 + ((dx / len) * shift) / KM_LAT];
  return [...roughen(a, mid, depth - 1, rng, amplitude), ...roughen(mid, b, depth - 1, rng, amplitude)];
}

/** Synthetic path from the east end of the border to its west end (both excluded). */
function syntheticPath(east, west, rng) {
  const [x0, y0, x1, y1] = COMMUNE_BBOX;
  const controls = [east, ...CONTROL_UV.map(([u, v]) => [x0 + u * (x1 - x0), y0 + v * (y1 - y0)]), west];
  const path = [];
  for (let i = 0; i < controls.length - 1; i++) path.push(...roughen(controls[i], controls[i + 1], 5, rng, 0.22));
  return path.slice(1);
}

/** Pull the synthetic vertices toward `centre` by factor s, fading to 0 at both ends. */
function shrink(path, centre, s) {
  const n = path.length;
  return path.map((p, i) => {
    const t = (i + 1) / (n + 1);
    const ramp = Math.min(1, t / 0.1, (1 - t) / 0.1);
    const w = ramp * ramp * (3 - 2 * ramp);
    const k = 1 - (1 - s) * w;
    return [centre[0] + (p[0] - centre[0]) * k, centre[1] + (p[1] - centre[1]) * k];
  });
}

const round6 = (p) => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];

/** Build the commune ring (CCW, closed) and report the border segment used. */
export function buildCommuneGeometry(regionBorder) {
  const border = communeBorderSegment(regionBorder);
  const west = border[0];
  const east = border[border.length - 1];
  const path = syntheticPath(east, west, createRng("commune-outline"));
  const centre = turf.centroid(turf.polygon([[...border, ...path, border[0]]])).geometry.coordinates;
  const ringFor = (s) => [...border, ...shrink(path, centre, s).map(round6), border[0]];
  const areaFor = (s) => turf.area(turf.polygon([ringFor(s)])) / 1e6;
  let lo = 0.3;
  let hi = 1.0;
  if (areaFor(hi) < TARGET_AREA_KM2) throw new Error(`outline too small: ${areaFor(hi).toFixed(1)} km²`);
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (areaFor(mid) < TARGET_AREA_KM2) lo = mid;
    else hi = mid;
  }
  const polygon = turf.polygon([ringFor(hi)]);
  if (turf.kinks(polygon).features.length > 0) throw new Error("commune outline self-intersects");
  return { polygon: polygon.geometry, border, shrinkFactor: hi };
}

/** The synthetic commune centre (UBND, Ban CHQS, Công an xã cluster nearby). */
export function communeHub() {
  const [x0, y0, x1, y1] = COMMUNE_BBOX;
  return [x0 + 0.6 * (x1 - x0), y0 + 0.55 * (y1 - y0)];
}
