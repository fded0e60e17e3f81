// A static spatial index over polygons (Flatbush over their bounding boxes)
// answering "which polygon contains this point" with an exact test only on
// the few candidates whose box holds the point (ENGINEERING.md §3). Build it
// once per polygon layer; queries are then O(log n + candidates).

import Flatbush from "flatbush";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { pointInPolygon } from "./point-in-polygon";

export type PolygonFeature<P = Record<string, unknown>> = Feature<Polygon | MultiPolygon, P>;

function extendBox(box: [number, number, number, number], ring: Position[]): void {
  for (const [x, y] of ring) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
}

export function geometryBox(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) if (polygon[0]) extendBox(box, polygon[0]);
  return box;
}

export class PolygonIndex<P = Record<string, unknown>> {
  private readonly index: Flatbush | null;

  constructor(readonly features: readonly PolygonFeature<P>[]) {
    if (features.length === 0) {
      this.index = null;
      return;
    }
    this.index = new Flatbush(features.length);
    for (const feature of features) {
      const [minX, minY, maxX, maxY] = geometryBox(feature.geometry);
      this.index.add(minX, minY, maxX, maxY);
    }
    this.index.finish();
  }

  /** Index (in `features`) of the first polygon containing the point, or -1. */
  findContaining(lon: number, lat: number): number {
    if (!this.index) return -1;
    const hits = this.index.search(lon, lat, lon, lat);
    // Flatbush returns candidates in tree order; the lowest feature index wins, as in the input order.
    hits.sort((a, b) => a - b);
    for (const candidate of hits) {
      if (pointInPolygon(lon, lat, this.features[candidate].geometry)) return candidate;
    }
    return -1;
  }

  /** The polygon feature containing the point, or null. */
  featureAt(lon: number, lat: number): PolygonFeature<P> | null {
    const found = this.findContaining(lon, lat);
    return found < 0 ? null : this.features[found];
  }
}
