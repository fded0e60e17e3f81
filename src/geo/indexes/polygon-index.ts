// A static spatial index over polygons (Flatbush over their bounding boxes)
// answering "which polygon contains this point" with an exact test only on
// the few candidates whose box holds the point (ENGINEERING.md §3). Build it
// once per polygon layer; queries are then O(log n + candidates). Large
// polygons (national communes) also get a banded edge index on first use.

import Flatbush from "flatbush";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { BandedPolygon } from "./banded-polygon";
import { pointInPolygon } from "./point-in-polygon";

/** Polygons with more vertices than this get a banded edge index on their first query. */
const BANDED_FROM_VERTICES = 256;

function vertexCount(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let count = 0;
  for (const polygon of polygons) for (const ring of polygon) count += ring.length;
  return count;
}

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
  /** Banded edge indexes of large polygons, built lazily (undefined = not built, null = small polygon). */
  private readonly banded: (BandedPolygon | null | undefined)[];

  constructor(readonly features: readonly PolygonFeature<P>[]) {
    // Dense from the start: filling a sparse array at random indices would make it a slow dictionary.
    this.banded = new Array<BandedPolygon | null | undefined>(features.length).fill(undefined);
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
      if (this.contains(candidate, lon, lat)) return candidate;
    }
    return -1;
  }

  private contains(candidate: number, lon: number, lat: number): boolean {
    let banded = this.banded[candidate];
    if (banded === undefined) {
      const geometry = this.features[candidate].geometry;
      banded = vertexCount(geometry) > BANDED_FROM_VERTICES && BandedPolygon.supports(geometry) ? new BandedPolygon(geometry) : null;
      this.banded[candidate] = banded;
    }
    return banded ? banded.contains(lon, lat) : pointInPolygon(lon, lat, this.features[candidate].geometry);
  }

  /** The polygon feature containing the point, or null. */
  featureAt(lon: number, lat: number): PolygonFeature<P> | null {
    const found = this.findContaining(lon, lat);
    return found < 0 ? null : this.features[found];
  }
}
