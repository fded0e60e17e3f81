// Three key roads (synthetic geometry): Đường Hồ Chí Minh crossing the commune
// north-west → south-east through the centre, Tỉnh lộ 552 north along the
// valley, Quốc lộ 281 east. Each runs a little past the commune boundary.
import { createRng } from "./prng.mjs";
import { COMMUNE_BBOX } from "./commune.mjs";
import { sampleFeature } from "./geo-utils.mjs";

const ROADS = [
  { id: "road-01", name: "Đường Hồ Chí Minh", roadClass: "duong-ho-chi-minh", uv: [[0.2, 0.67], [0.37, 0.6], [0.5, 0.6], "hub", [0.7, 0.42], [0.78, 0.3], [0.9, 0.2]] },
  { id: "road-02", name: "Tỉnh lộ 552", roadClass: "tinh-lo", uv: ["hub", [0.59, 0.68], [0.53, 0.78], [0.54, 0.9], [0.51, 1.02]] },
  { id: "road-03", name: "Quốc lộ 281", roadClass: "quoc-lo", uv: ["hub", [0.7, 0.58], [0.8, 0.55], [0.9, 0.53], [1.03, 0.5]] },
];

/** Random midpoint wiggle, then Chaikin smoothing: a road-like curve. */
function wiggle(points, rng, depth, amplitude) {
  let pts = points;
  for (let d = 0; d < depth; d++) {
    const next = [pts[0]];
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1], pts[i]];
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const shift = rng.range(-1, 1) * amplitude * len;
      next.push([(a[0] + b[0]) / 2 - ((b[1] - a[1]) / len) * shift, (a[1] + b[1]) / 2 + ((b[0] - a[0]) / len) * shift], b);
    }
    pts = next;
  }
  return pts;
}

function chaikin(points, rounds) {
  let pts = points;
  for (let r = 0; r < rounds; r++) {
    const next = [pts[0]];
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1], pts[i]];
      next.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]], [0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]]);
    }
    next.push(pts[pts.length - 1]);
    pts = next;
  }
  return pts;
}

/** Build the three road features; all start from (or pass) the commune hub. */
export function buildRoads(hub) {
  const rng = createRng("roads");
  const [x0, y0, x1, y1] = COMMUNE_BBOX;
  const toLonLat = (p) => (p === "hub" ? hub : [x0 + p[0] * (x1 - x0), y0 + p[1] * (y1 - y0)]);
  return ROADS.map((road) => {
    const coords = chaikin(wiggle(road.uv.map(toLonLat), rng, 3, 0.12), 2);
    return sampleFeature(road.id, road.name, { roadClass: road.roadClass }, { type: "LineString", coordinates: coords });
  });
}
