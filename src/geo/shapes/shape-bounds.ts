// Bounding boxes of (multi)polygons and their overlap test, the cheap
// prefilter in front of every exact geometric test.

import type { MultiPolygon, Polygon } from "geojson";
import { geometryBox } from "../indexes/polygon-index";

export type Box = [number, number, number, number];

export function shapeBox(shape: Polygon | MultiPolygon): Box {
  return geometryBox(shape);
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

export function boxContains(box: Box, lon: number, lat: number): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}
