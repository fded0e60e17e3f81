// Rebuilds a polygon whose rings cross or touch (a bow-tie, a ring pinched on
// itself, a hole touching the outer ring) as valid polygons, with Clipper2's
// union on an integer grid of 1e-7° (≈ 1 cm; the official boundaries have 6
// decimals, so their vertices stay exactly where they were). Rings are
// oriented first (outer positive, holes negative) and filled non-zero, so a
// hole still cuts its outer ring and both lobes of a bow-tie are kept.
// Turf's unkinkPolygon is not used: it throws on repeated vertices.

import { Clipper, ClipType, FillRule, PolyTree64, type Paths64 } from "clipper2-ts";
import type { Position } from "geojson";
import { polygonsFromTree, toClipperPath } from "../shapes/clipper-grid";

/** The polygon (closed rings, outer first) as valid polygons in RFC 7946 order; [] when nothing is left. */
export function repairPolygon(rings: readonly Position[][]): Position[][][] {
  const paths: Paths64 = rings.map((ring, index) => toClipperPath(ring, index === 0));
  const tree = new PolyTree64();
  Clipper.booleanOpWithPolyTree(ClipType.Union, paths, null, tree, FillRule.NonZero);
  return polygonsFromTree(tree).filter((polygon) => polygon[0].length >= 4);
}
