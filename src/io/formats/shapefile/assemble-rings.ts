// Shapefile polygons list rings without saying which hole belongs to which
// outer ring; the format's rule is orientation: outer rings clockwise, holes
// counter-clockwise. Each hole joins the first outer ring that contains its
// first vertex (or becomes an outer ring itself if none does, as GDAL does
// for bad files). GeoJSON (RFC 7946) wants the opposite winding, so rings are
// reversed on the way.

import type { Position } from "geojson";

/** Positive for clockwise rings (x east, y north). */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    sum += (ring[index][0] - ring[previous][0]) * (ring[index][1] + ring[previous][1]);
  }
  return sum / 2;
}

function contains(ring: readonly Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [xi, yi] = ring[index];
    const [xj, yj] = ring[previous];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Rings of one record → polygons (outer ring first, then its holes), RFC 7946 winding. */
export function polygonsFromRings(rings: readonly Position[][]): Position[][][] {
  const polygons: Position[][][] = [];
  const holes: Position[][] = [];
  for (const ring of rings) {
    if (ring.length < 4) continue;
    if (signedArea(ring) >= 0) polygons.push([ring.slice().reverse()]);
    else holes.push(ring);
  }
  for (const hole of holes) {
    const owner = polygons.find((polygon) => contains(polygon[0], hole[0]));
    if (owner) owner.push(hole.slice().reverse());
    else polygons.push([hole]);
  }
  return polygons;
}
