// Rebuilds a polygon whose rings cross or touch (a bow-tie, a ring pinched on
// itself, a hole touching the outer ring) as valid polygons, with Clipper2's
// union on an integer grid of 1e-7° (≈ 1 cm; the official boundaries have 6
// decimals, so their vertices stay exactly where they were). Rings are
// oriented first (outer positive, holes negative) and filled non-zero, so a
// hole still cuts its outer ring and both lobes of a bow-tie are kept.
// Turf's unkinkPolygon is not used: it throws on repeated vertices.

import { Clipper, ClipType, FillRule, PolyTree64, type Path64, type Paths64, type PolyPath64 } from "clipper2-ts";
import type { Position } from "geojson";

const UNITS_PER_DEGREE = 1e7;

function toPath(ring: readonly Position[], outer: boolean): Path64 {
  const path: Path64 = [];
  for (let i = 0; i + 1 < ring.length; i++) path.push({ x: Math.round(ring[i][0] * UNITS_PER_DEGREE), y: Math.round(ring[i][1] * UNITS_PER_DEGREE) });
  return Clipper.area(path) > 0 === outer ? path : path.reverse();
}

function toRing(path: Path64, outer: boolean): Position[] {
  const oriented = Clipper.area(path) > 0 === outer ? path : [...path].reverse();
  const ring = oriented.map((point): Position => [point.x / UNITS_PER_DEGREE, point.y / UNITS_PER_DEGREE]);
  ring.push(ring[0]);
  return ring;
}

function collectPolygons(node: PolyPath64, polygons: Position[][][]): void {
  for (let i = 0; i < node.count; i++) {
    const outer = node.child(i);
    const rings = [toRing(outer.poly ?? [], true)];
    for (let j = 0; j < outer.count; j++) {
      const hole = outer.child(j);
      rings.push(toRing(hole.poly ?? [], false));
      collectPolygons(hole, polygons); // islands inside a hole are polygons of their own
    }
    polygons.push(rings);
  }
}

/** The polygon (closed rings, outer first) as valid polygons in RFC 7946 order; [] when nothing is left. */
export function repairPolygon(rings: readonly Position[][]): Position[][][] {
  const paths: Paths64 = rings.map((ring, index) => toPath(ring, index === 0));
  const tree = new PolyTree64();
  Clipper.booleanOpWithPolyTree(ClipType.Union, paths, null, tree, FillRule.NonZero);
  const polygons: Position[][][] = [];
  collectPolygons(tree, polygons);
  return polygons.filter((polygon) => polygon[0].length >= 4);
}
