// Union, intersection and difference of polygons with Clipper2 (clipper2-ts)
// on an integer grid of 1e-7° (≈ 1.1 cm): integer arithmetic makes the
// operations robust on touching and overlapping edges, and it is 10–15×
// faster than Turf's polyclip-ts (BigNumber arithmetic) on the coverage of
// 200 posts. One call per operation: unioning shapes one by one is quadratic.
// Rings are oriented before clipping (outer positive, holes negative) so the
// non-zero fill rule reads every input as intended; results follow RFC 7946
// (outer rings counter-clockwise). Failures become a Vietnamese
// AnalysisInputError.

import { Clipper, ClipType, FillRule, PolyTree64, type Paths64 } from "clipper2-ts";
import type { MultiPolygon, Polygon } from "geojson";
import { polygonsFromTree, toClipperPath } from "./clipper-grid";
import { AnalysisInputError } from "../analysis-results/analysis-errors";

export type Areal = Polygon | MultiPolygon;

function toPaths(shape: Areal): Paths64 {
  const polygons = shape.type === "Polygon" ? [shape.coordinates] : shape.coordinates;
  return polygons.flatMap((rings) => rings.map((ring, index) => toClipperPath(ring, index === 0)));
}

/** The PolyTree as one Polygon or MultiPolygon, or null when nothing is left. */
function fromTree(tree: PolyTree64): Areal | null {
  const polygons = polygonsFromTree(tree);
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
