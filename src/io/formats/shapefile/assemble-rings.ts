// Shapefile polygons list rings without saying which hole belongs to which
// outer ring; the format's rule is orientation: outer rings clockwise, holes
// counter-clockwise. Each hole joins the first outer ring that contains its
// first vertex (or becomes an outer ring itself if none does, as GDAL does
// for bad files). GeoJSON (RFC 7946) wants the opposite winding, so the
// reader hands the rings over already reversed (read backwards, no copy):
// here outer rings are counter-clockwise and holes clockwise.

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

/** Rings of one record, already reversed to RFC 7946 winding → polygons (outer ring first, then its holes). */
export function polygonsFromRings(rings: Position[][]): Position[][][] {
  if (rings.length === 1 && rings[0].length >= 4) return [[rings[0]]];
  const polygons: Position[][][] = [];
  const holes: Position[][] = [];
  for (const ring of rings) {
    if (ring.length < 4) continue;
    if (signedArea(ring) > 0) holes.push(ring);
    else polygons.push([ring]);
  }
  for (const hole of holes) {
    const owner = polygons.find((polygon) => contains(polygon[0], hole[0]));
    if (owner) owner.push(hole);
    else polygons.push([hole.reverse()]);
  }
  return polygons;
}
