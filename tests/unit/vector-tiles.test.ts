// Large layers are cut into vector tiles once, at import: the threshold, and
// that the tiles hold every feature with its file position as id, its
// properties, and its vertices to within the 8,192-unit grid of zoom 10
// (≈ 4.6 m), while the overview zooms are simplified and much lighter.

import { describe, expect, test } from "vitest";
import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import type { Position } from "geojson";
import { VECTOR_TILE_LAYER, VECTOR_TILE_MAX_ZOOM, cutVectorTiles, shouldCutVectorTiles } from "../../src/io/vector-tiles/cut-vector-tiles";
import { tileX, tileY } from "../../src/geo/tiles/tile-enumeration";
import { geodesicDistance } from "../../src/geo/geodesy/geodesic-distance";
import { nationalCommunes, randomPoints } from "../../scripts/bench-data/national-communes";

const communes = nationalCommunes(25); // 3,321 polygons, ≈ 340,000 vertices
const tiles = cutVectorTiles(communes);

function decode(data: Uint8Array) {
  return new VectorTile(new PbfReader(data)).layers[VECTOR_TILE_LAYER];
}

/** Tile coordinates (extent units) back to longitude/latitude. */
function toLonLat(z: number, x: number, y: number, extent: number, point: { x: number; y: number }): Position {
  const n = 2 ** z;
  const lon = ((x + point.x / extent) / n) * 360 - 180;
  const mercator = Math.PI * (1 - (2 * (y + point.y / extent)) / n);
  return [lon, (Math.atan(Math.sinh(mercator)) * 180) / Math.PI];
}

describe("vector tiles of large layers", { timeout: 60_000 }, () => {
  test("only large layers are tiled: ≥ 300,000 vertices or ≥ 50,000 features", () => {
    expect(shouldCutVectorTiles(communes)).toBe(true);
    expect(shouldCutVectorTiles({ type: "FeatureCollection", features: communes.features.slice(0, 500) })).toBe(false);
    expect(shouldCutVectorTiles({ type: "FeatureCollection", features: randomPoints(50_000) })).toBe(true);
    expect(shouldCutVectorTiles({ type: "FeatureCollection", features: randomPoints(49_999) })).toBe(false);
  });

  test("every feature is in the zoom-10 tiles, with its file position as id and its properties", () => {
    const seen = new Map<number, Record<string, unknown>>();
    for (const tile of tiles.filter(({ z }) => z === VECTOR_TILE_MAX_ZOOM)) {
      const layer = decode(tile.data);
      for (let i = 0; i < layer.length; i++) {
        const feature = layer.feature(i);
        seen.set(Number(feature.id), feature.properties);
      }
    }
    expect(seen.size).toBe(communes.features.length);
    for (const index of [0, 1234, 3320]) expect(seen.get(index)).toEqual(communes.features[index].properties);
  });

  test("zoom-10 vertices lie within 5 m of the file's vertices", () => {
    const index = 1234;
    const ring = communes.features[index].geometry.coordinates[0];
    const [lon, lat] = ring[0];
    const z = VECTOR_TILE_MAX_ZOOM;
    const [x, y] = [Math.floor(tileX(lon + 0.01, z)), Math.floor(tileY(lat + 0.01, z))];
    const tile = tiles.find((candidate) => candidate.z === z && candidate.x === x && candidate.y === y);
    expect(tile).toBeDefined();
    const layer = decode(tile!.data);
    const feature = Array.from({ length: layer.length }, (_, i) => layer.feature(i)).find((candidate) => candidate.id === index)!;
    const decoded = feature.loadGeometry().flat();
    const inside = decoded.filter((point) => point.x > 0 && point.x < layer.extent && point.y > 0 && point.y < layer.extent);
    expect(inside.length).toBeGreaterThan(20);
    for (const point of inside) {
      const position = toLonLat(z, x, y, layer.extent, point);
      const nearest = Math.min(...ring.map((vertex) => geodesicDistance(vertex, position)));
      expect(nearest).toBeLessThan(5);
    }
  });

  test("overview zooms are simplified: a zoom-5 tile is far lighter than the zoom-10 tiles it covers", () => {
    const bytesAt = (z: number) => tiles.filter((tile) => tile.z === z).reduce((sum, tile) => sum + tile.data.byteLength, 0);
    expect(bytesAt(5)).toBeGreaterThan(0);
    expect(bytesAt(5) * 4).toBeLessThan(bytesAt(VECTOR_TILE_MAX_ZOOM));
    const keys = tiles.map(({ z, x, y }) => `${z}/${x}/${y}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
