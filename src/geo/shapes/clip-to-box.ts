// Cuts a (multi)polygon down to a bounding box (Sutherland–Hodgman via Turf
// bboxClip, linear time) before an exact boolean operation with a small
// shape: the polygon clipper's cost then depends on the small shape's
// neighbourhood, not on the whole commune outline.

import { bboxClip } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import type { Areal } from "./polygon-boolean";
import { intersection } from "./polygon-boolean";
import { shapeBox, type Box } from "./shape-bounds";

export function clipToBox(shape: Areal, box: Box): Areal | null {
  const clipped = bboxClip({ type: "Feature", properties: {}, geometry: shape }, box).geometry as Polygon | MultiPolygon;
  // Sutherland–Hodgman leaves empty or degenerate rings where a part falls outside the box.
  const polygons = (clipped.type === "Polygon" ? [clipped.coordinates] : clipped.coordinates)
    .filter((rings) => rings[0]?.length >= 4)
    .map((rings) => rings.filter((ring) => ring.length >= 4));
  return polygons.length === 0 ? null : { type: "MultiPolygon", coordinates: polygons };
}

/** small ∩ large, computed on the part of `large` inside small's box. */
export function intersectSmall(small: Areal | null, large: Areal | null): Areal | null {
  if (!small || !large) return null;
  const [minX, minY, maxX, maxY] = shapeBox(small);
  const pad = 1e-9;
  return intersection(small, clipToBox(large, [minX - pad, minY - pad, maxX + pad, maxY + pad]));
}
