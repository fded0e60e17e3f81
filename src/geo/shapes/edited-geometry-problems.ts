// What is wrong with a geometry the officer is about to save, in Vietnamese:
// too few vertices, a polygon whose edges cross (with where), a feature of a
// layer that belongs inside the commune lying (partly) outside it. Nothing is
// changed here: the editor shows the problems and the officer decides. A
// vertex within 1 m of the commune boundary counts as inside, so a village
// edge snapped onto the boundary is not refused over rounding.

import type { Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { BandedPolygon } from "../indexes/banded-polygon";
import { pointInPolygon } from "../indexes/point-in-polygon";
import { findSelfIntersections } from "./self-intersections";
import { LineSnapper, snapLinesOf } from "./snap-to-lines";
import { geometryVertices } from "./geometry-vertices";

export type GeometryProblem =
  | { kind: "too-few-vertices"; message: string }
  | { kind: "self-intersection"; message: string; points: Position[] }
  | { kind: "outside-commune"; message: string; points: Position[] };

const ON_BOUNDARY_METRES = 1;

function distinctCount(positions: readonly Position[]): number {
  return new Set(positions.map(([lon, lat]) => `${lon},${lat}`)).size;
}

function shapeProblem(geometry: Geometry): GeometryProblem | null {
  if (geometry.type === "LineString" && distinctCount(geometry.coordinates) < 2) {
    return { kind: "too-few-vertices", message: "Đường cần ít nhất 2 điểm khác nhau." };
  }
  if (geometry.type === "Polygon" && distinctCount(geometry.coordinates[0] ?? []) < 3) {
    return { kind: "too-few-vertices", message: "Vùng cần ít nhất 3 đỉnh khác nhau." };
  }
  return null;
}

/** Vertices of `geometry` outside every commune (and not on a commune boundary). */
export function verticesOutside(geometry: Geometry, communes: readonly (Polygon | MultiPolygon)[]): Position[] {
  const testers = communes.map((commune) => (BandedPolygon.supports(commune) ? new BandedPolygon(commune) : { contains: (x: number, y: number) => pointInPolygon(x, y, commune) }));
  let boundary: LineSnapper | null = null;
  const outside: Position[] = [];
  for (const vertex of geometryVertices(geometry)) {
    if (testers.some((tester) => tester.contains(vertex[0], vertex[1]))) continue;
    boundary ??= new LineSnapper(communes.flatMap(snapLinesOf));
    if (!boundary.snap(vertex, ON_BOUNDARY_METRES)) outside.push(vertex);
  }
  return outside;
}

/**
 * The problems of a geometry about to be saved. `communes` are the workspace's commune
 * polygons when the layer requires its features inside them, else null.
 */
export function editedGeometryProblems(geometry: Geometry, communes: readonly (Polygon | MultiPolygon)[] | null): GeometryProblem[] {
  const shape = shapeProblem(geometry);
  if (shape) return [shape];
  const problems: GeometryProblem[] = [];
  if (geometry.type === "Polygon" || geometry.type === "MultiPolygon") {
    const crossings = findSelfIntersections(geometry);
    if (crossings.length > 0) {
      problems.push({
        kind: "self-intersection",
        message: `Các cạnh của vùng cắt nhau (${crossings.length} chỗ): vùng tự cắt không tính được diện tích và phân tích đúng. Hãy kéo lại các đỉnh cho các cạnh không cắt nhau.`,
        points: crossings,
      });
    }
  }
  if (communes && communes.length > 0) {
    const outside = verticesOutside(geometry, communes);
    if (outside.length > 0) {
      const what = geometry.type === "Point" ? "Điểm này nằm" : `${outside.length} đỉnh nằm`;
      problems.push({ kind: "outside-commune", message: `${what} ngoài ranh giới xã của vùng làm việc; lớp này chỉ nhận đối tượng trong xã.`, points: outside });
    }
  }
  return problems;
}
