// How far the shipped outline of a commune is from the full-resolution source:
// the relative area change, and the largest distance from a source vertex to
// the shipped outline (the source → shipped half of the Hausdorff distance;
// the other half is at most the quantisation, since shipped vertices are
// source vertices rounded to the grid).
import Flatbush from "flatbush";
import { arealAreaM2, ringAreaM2 } from "./ellipsoidal-area.mjs";

const METRES_PER_DEGREE = 111_320;
const SEARCH_M = 60;
/**
 * Source rings smaller than this are slivers between neighbours (a few m²,
 * e.g. 7 of Xã Lam Vỹ's 10 rings), not outlines: simplification rightly drops
 * them, so they are counted, not measured.
 */
export const SLIVER_RING_M2 = 100;

function ringsOf(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat();
}

/** Largest distance (m) from any vertex of `source` (sliver rings aside) to the outline of `shipped`; SEARCH_M when beyond. */
export function outlineDistanceM(source, shipped) {
  const segments = [];
  for (const ring of ringsOf(shipped)) for (let i = 0; i + 1 < ring.length; i++) segments.push([ring[i], ring[i + 1]]);
  const index = new Flatbush(segments.length);
  for (const [a, b] of segments) index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  index.finish();
  let worst = 0;
  for (const ring of ringsOf(source)) {
    if (ringAreaM2(ring) < SLIVER_RING_M2) continue;
    for (const p of ring) {
      const kx = Math.cos((p[1] * Math.PI) / 180) * METRES_PER_DEGREE;
      const rx = SEARCH_M / kx;
      const ry = SEARCH_M / METRES_PER_DEGREE;
      let nearest = SEARCH_M;
      for (const id of index.search(p[0] - rx, p[1] - ry, p[0] + rx, p[1] + ry)) {
        const [a, b] = segments[id];
        const ax = (a[0] - p[0]) * kx, ay = (a[1] - p[1]) * METRES_PER_DEGREE;
        const dx = (b[0] - a[0]) * kx, dy = (b[1] - a[1]) * METRES_PER_DEGREE;
        const length2 = dx * dx + dy * dy;
        const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
        nearest = Math.min(nearest, Math.hypot(ax + t * dx, ay + t * dy));
      }
      if (nearest > worst) worst = nearest;
    }
  }
  return worst;
}

/** Source rings under SLIVER_RING_M2. */
export const sliverRings = (geometry) => ringsOf(geometry).filter((ring) => ringAreaM2(ring) < SLIVER_RING_M2).length;

/** { areaError (fraction, signed), outlineM } for one commune. */
export function measureCommune(sourceGeometry, sourceAreaM2, shippedGeometry) {
  const shippedArea = arealAreaM2(shippedGeometry);
  return { areaError: (shippedArea - sourceAreaM2) / sourceAreaM2, outlineM: outlineDistanceM(sourceGeometry, shippedGeometry) };
}
