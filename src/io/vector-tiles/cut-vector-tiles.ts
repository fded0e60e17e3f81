// Cuts a large layer into a pyramid of Mapbox Vector Tiles (zoom 0 to
// VECTOR_TILE_MAX_ZOOM, one source layer) once, at import, so the map never
// has to hold or re-parse the whole collection: on every later start it
// reads only the tiles in view from IndexedDB. geojson-vt simplifies each
// zoom to 1 px (1.5 px on the overview zooms, where one tile holds a whole
// country: this keeps panning light) and keeps full detail on the last
// level, which MapLibre over-zooms: 8,192 units per tile give ≈ 4.6 m steps
// at Vietnam's latitudes. Memory stays bounded by cutting in two passes: the low zooms
// (≤ SPLIT_ZOOM - 1) from one index over the features large enough to show
// there (a cadastral parcel is below a pixel: geojson-vt would convert it only
// to drop it), then each SPLIT_ZOOM tile's subtree from an index over only the
// features touching it. Each feature gets its file position as its numeric id
// (the map's feature-state and the stored row's `index`). Worker-safe.

import { GeoJSONVT, type GeoJSONVTOptions, type GeoJSONVTTile } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { bbox } from "@turf/bbox";
import { tileX, tileY } from "../../geo/tiles/tile-enumeration";

export const VECTOR_TILE_LAYER = "features";
export const VECTOR_TILE_MAX_ZOOM = 10;
const SPLIT_ZOOM = 7;
const EXTENT = 8192;
const BUFFER = 128;
const TILE_OPTIONS: GeoJSONVTOptions = { maxZoom: VECTOR_TILE_MAX_ZOOM, indexMaxZoom: 4, tolerance: 16, extent: EXTENT, buffer: BUFFER };
/** Tolerances are in tile units: 16 units = 1 px of a 512 px tile. */
const OVERVIEW_OPTIONS: GeoJSONVTOptions = { ...TILE_OPTIONS, tolerance: 24 };

/** Above these sizes a layer is drawn from vector tiles (MapLibre's GeoJSON source suits ~10k features / 0.5 M vertices). */
const TILING_MIN_POSITIONS = 300_000;
const TILING_MIN_FEATURES = 50_000;

function countPositions(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (typeof coordinates[0] === "number") return 1;
  let count = 0;
  for (const child of coordinates) count += countPositions(child);
  return count;
}

function geometryPositions(geometry: Geometry | null): number {
  if (!geometry) return 0;
  if (geometry.type === "GeometryCollection") return geometry.geometries.reduce((sum, part) => sum + geometryPositions(part), 0);
  return countPositions(geometry.coordinates);
}

export function shouldCutVectorTiles(collection: FeatureCollection): boolean {
  if (collection.features.length >= TILING_MIN_FEATURES) return true;
  let positions = 0;
  for (const feature of collection.features) {
    positions += geometryPositions(feature.geometry);
    if (positions >= TILING_MIN_POSITIONS) return true;
  }
  return false;
}

export interface VectorTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export type TileProgress = (fraction: number) => void;

function encode(tile: GeoJSONVTTile): Uint8Array {
  return fromGeojsonVt({ [VECTOR_TILE_LAYER]: tile }, { version: 2, extent: EXTENT });
}

/** Visits the tiles of `index` under (z, x, y) down to `lastZoom`, keeping those with features. */
function collect(index: GeoJSONVT, z: number, x: number, y: number, lastZoom: number, out: VectorTile[]): void {
  const tile = index.getTile(z, x, y);
  if (!tile) return;
  if (tile.features.length > 0) out.push({ z, x, y, data: encode(tile) });
  if (z === lastZoom) return;
  for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) collect(index, z + 1, 2 * x + dx, 2 * y + dy, lastZoom, out);
}

type Box = [number, number, number, number];

/**
 * False for a (multi)polygon too small for every overview zoom: geojson-vt
 * drops a ring whose area is under tolerance² (in tile units) below its last
 * zoom, and no ring is larger than its feature's box.
 */
function showsInOverview(feature: Feature, [west, south, east, north]: Box): boolean {
  const type = feature.geometry?.type;
  if (type !== "Polygon" && type !== "MultiPolygon") return true;
  const zoom = SPLIT_ZOOM - 1;
  const tolerance = (OVERVIEW_OPTIONS.tolerance ?? 0) / EXTENT;
  return (tileX(east, zoom) - tileX(west, zoom)) * (tileY(south, zoom) - tileY(north, zoom)) >= tolerance * tolerance;
}

/**
 * The features touching each tile at `zoom` (by their boxes, widened by the
 * tile buffer), so each subtree is cut from only what can appear in it.
 */
function featuresByTile(features: readonly Feature[], boxes: readonly Box[], zoom: number, bufferTiles: number): Map<string, Feature[]> {
  const byTile = new Map<string, Feature[]>();
  const last = 2 ** zoom - 1;
  const clamp = (value: number) => Math.max(0, Math.min(last, Math.floor(value)));
  features.forEach((feature, index) => {
    const [west, south, east, north] = boxes[index];
    if (!Number.isFinite(west)) return;
    for (let x = clamp(tileX(west, zoom) - bufferTiles); x <= clamp(tileX(east, zoom) + bufferTiles); x++) {
      for (let y = clamp(tileY(north, zoom) - bufferTiles); y <= clamp(tileY(south, zoom) + bufferTiles); y++) {
        const key = `${x}/${y}`;
        const list = byTile.get(key);
        if (list) list.push(feature);
        else byTile.set(key, [feature]);
      }
    }
  });
  return byTile;
}

export function cutVectorTiles(collection: FeatureCollection, onProgress: TileProgress = () => {}): VectorTile[] {
  const numbered: Feature[] = collection.features.map((feature, index) => ({ ...feature, id: index }));
  const boxes = numbered.map((feature) => bbox(feature) as Box);
  const overview = numbered.filter((feature, index) => showsInOverview(feature, boxes[index]));
  const tiles: VectorTile[] = [];
  collect(new GeoJSONVT({ type: "FeatureCollection", features: overview }, OVERVIEW_OPTIONS), 0, 0, 0, SPLIT_ZOOM - 1, tiles);
  onProgress(0.15);
  const subtrees = [...featuresByTile(numbered, boxes, SPLIT_ZOOM, BUFFER / EXTENT)];
  subtrees.forEach(([key, touching], done) => {
    const [x, y] = key.split("/").map(Number);
    collect(new GeoJSONVT({ type: "FeatureCollection", features: touching }, TILE_OPTIONS), SPLIT_ZOOM, x, y, VECTOR_TILE_MAX_ZOOM, tiles);
    onProgress(0.15 + (0.85 * (done + 1)) / subtrees.length);
  });
  return tiles;
}
