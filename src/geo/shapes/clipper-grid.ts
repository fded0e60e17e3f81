// Positions to and from Clipper2's integer grid of 1e-7° (≈ 1.1 cm; the
// official boundaries have 6 decimals, so their vertices stay exactly where
// they were). Paths are oriented on the way in (outer positive, holes
// negative) so the non-zero fill rule reads every input as intended; rings
// come back closed in RFC 7946 order (outer counter-clockwise).

import { Clipper, type Path64, type PolyPath64 } from "clipper2-ts";
import type { Position } from "geojson";

const UNITS_PER_DEGREE = 1e7;

/** A ring (closed or not) as an oriented Clipper path. */
export function toClipperPath(ring: readonly Position[], outer: boolean): Path64 {
  const path: Path64 = [];
  const last = ring.length - 1;
  const closed = last > 0 && ring[0][0] === ring[last][0] && ring[0][1] === ring[last][1];
  for (let i = 0; i < (closed ? last : ring.length); i++) {
    path.push({ x: Math.round(ring[i][0] * UNITS_PER_DEGREE), y: Math.round(ring[i][1] * UNITS_PER_DEGREE) });
  }
  return Clipper.area(path) > 0 === outer ? path : path.reverse();
}

function toRing(path: Path64, outer: boolean): Position[] {
  const oriented = Clipper.area(path) > 0 === outer ? path : [...path].reverse();
  const ring = oriented.map((point): Position => [point.x / UNITS_PER_DEGREE, point.y / UNITS_PER_DEGREE]);
  ring.push(ring[0]);
  return ring;
}

/** The outer paths of a PolyTree with their holes, as polygons; islands inside holes become polygons of their own. */
export function polygonsFromTree(tree: PolyPath64): Position[][][] {
  const polygons: Position[][][] = [];
  const addOuters = (node: PolyPath64) => {
    for (let i = 0; i < node.count; i++) {
      const outer = node.child(i);
      const rings = [toRing(outer.poly ?? [], true)];
      for (let j = 0; j < outer.count; j++) {
        const hole = outer.child(j);
        rings.push(toRing(hole.poly ?? [], false));
        addOuters(hole);
      }
      polygons.push(rings);
    }
  };
  addOuters(tree);
  return polygons;
}
