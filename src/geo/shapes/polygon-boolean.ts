// Union, intersection and difference of polygons with Clipper2 (clipper2-ts)
// on an integer grid of 1e-7° (≈ 1.1 cm): integer arithmetic makes the
// operations robust on touching and overlapping edges, and it is 10–15×
// faster than Turf's polyclip-ts (BigNumber arithmetic) on the coverage of
// 200 posts. One call per operation: unioning shapes one by one is quadratic.
// Rings are oriented before clipping (outer positive, holes negative) so the
// non-zero fill rule reads every input as intended; results follow RFC 7946
// (outer rings counter-clockwise). Failures become a Vietnamese
// AnalysisInputError.

import { Clipper, ClipType, FillRule, PolyTree64, type Path64, type Paths64, type PolyPath64 } from "clipper2-ts";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { AnalysisInputError } from "../analysis-results/analysis-errors";

export type Areal = Polygon | MultiPolygon;

const UNITS_PER_DEGREE = 1e7;

function toPath(ring: readonly Position[], outer: boolean): Path64 {
  const path: Path64 = [];
  const last = ring.length - 1;
  const closed = last > 0 && ring[0][0] === ring[last][0] && ring[0][1] === ring[last][1];
  for (let i = 0; i < (closed ? last : ring.length); i++) {
    path.push({ x: Math.round(ring[i][0] * UNITS_PER_DEGREE), y: Math.round(ring[i][1] * UNITS_PER_DEGREE) });
  }
  return Clipper.area(path) > 0 === outer ? path : path.reverse();
}

function toPaths(shape: Areal): Paths64 {
  const polygons = shape.type === "Polygon" ? [shape.coordinates] : shape.coordinates;
  return polygons.flatMap((rings) => rings.map((ring, index) => toPath(ring, index === 0)));
}

function toRing(path: Path64, outer: boolean): Position[] {
  const oriented = Clipper.area(path) > 0 === outer ? path : [...path].reverse();
  const ring = oriented.map((point): Position => [point.x / UNITS_PER_DEGREE, point.y / UNITS_PER_DEGREE]);
  ring.push(ring[0]);
  return ring;
}

/** Outer paths of a PolyTree with their holes; islands inside holes become polygons of their own. */
function fromTree(tree: PolyTree64): Areal | null {
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
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0] } : { type: "MultiPolygon", coordinates: polygons };
}

function run(what: string, clipType: ClipType, subject: Paths64, clip: Paths64 | null): Areal | null {
  try {
    const tree = new PolyTree64();
    Clipper.booleanOpWithPolyTree(clipType, subject, clip, tree, FillRule.NonZero);
    return fromTree(tree);
  } catch (error) {
    throw new AnalysisInputError(`Không ${what} được các vùng: hình học không hợp lệ (${error instanceof Error ? error.message : String(error)}).`);
  }
}

export function unionAll(shapes: readonly Areal[]): Areal | null {
  if (shapes.length === 0) return null;
  if (shapes.length === 1) return shapes[0];
  return run("hợp", ClipType.Union, shapes.flatMap(toPaths), null);
}

/**
 * The same area rebuilt by Clipper2 (a union of the shape with nothing): a
 * self-crossing ring comes back as simple rings, a bow-tie as its two lobes
 * (non-zero fill counts both). Used by "Sửa hình tự cắt" at import.
 */
export function rebuildAreal(shape: Areal): Areal | null {
  return run("sửa", ClipType.Union, toPaths(shape), null);
}

export function intersection(a: Areal | null, b: Areal | null): Areal | null {
  if (!a || !b) return null;
  return run("giao", ClipType.Intersection, toPaths(a), toPaths(b));
}

export function subtract(a: Areal | null, b: Areal | null): Areal | null {
  if (!a) return null;
  if (!b) return a;
  return run("trừ", ClipType.Difference, toPaths(a), toPaths(b));
}

/** Splits a (multi)polygon into its polygons. */
export function polygonsOf(shape: Areal | null): Polygon[] {
  if (!shape) return [];
  if (shape.type === "Polygon") return [shape];
  return shape.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
}
