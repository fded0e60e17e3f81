// Union, intersection and difference of polygons through Turf (polyclip-ts),
// in ONE call per operation: unioning shapes one by one is quadratic, and
// Turf ≥ 7.2 is slow on many small unions (Turfjs/turf#2851). Failures of the
// clipping library on broken rings become a Vietnamese AnalysisInputError.

import { difference, featureCollection, intersect, polygon as turfPolygon, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { AnalysisInputError } from "./analysis-errors";

export type Areal = Polygon | MultiPolygon;

const asFeature = (geometry: Areal): Feature<Areal> => ({ type: "Feature", properties: {}, geometry });

function guarded<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new AnalysisInputError(`Không ${what} được các vùng: hình học không hợp lệ (${error instanceof Error ? error.message : String(error)}).`);
  }
}

export function unionAll(shapes: readonly Areal[]): Areal | null {
  if (shapes.length === 0) return null;
  if (shapes.length === 1) return shapes[0];
  return guarded("hợp", () => union(featureCollection(shapes.map(asFeature)))?.geometry ?? null);
}

export function intersection(a: Areal | null, b: Areal | null): Areal | null {
  if (!a || !b) return null;
  return guarded("giao", () => intersect(featureCollection([asFeature(a), asFeature(b)]))?.geometry ?? null);
}

export function subtract(a: Areal | null, b: Areal | null): Areal | null {
  if (!a) return null;
  if (!b) return a;
  return guarded("trừ", () => difference(featureCollection([asFeature(a), asFeature(b)]))?.geometry ?? null);
}

/** Splits a (multi)polygon into its polygons. */
export function polygonsOf(shape: Areal | null): Polygon[] {
  if (!shape) return [];
  if (shape.type === "Polygon") return [shape];
  return shape.coordinates.map((coordinates) => turfPolygon(coordinates).geometry);
}
