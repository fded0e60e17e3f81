// Large layers are cut into vector tiles once, at import: the threshold, and
// that the tiles hold every feature with its file position as id, its
// properties, and its vertices to within the 8,192-unit grid of zoom 10
// (≈ 4.6 m), while the overview zooms are simplified and much lighter — and
// exactly what geojson-vt cuts from every feature, though polygons too small
// for them never reach their index.

import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { VectorTile } from "@mapbox/vector-tile";
import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import { PbfReader } from "pbf";
import type { Feature, Polygon, Position } from "geojson";
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

/** A square of `side` metres centred on (lon, lat). */
function square(lon: number, lat: number, side: number, name: string): Feature<Polygon> {
  const dLat = side / 2 / 110_574;
  const dLon = side / 2 / (111_320 * Math.cos((lat * Math.PI) / 180));
  const ring = [[lon - dLon, lat - dLat], [lon + dLon, lat - dLat], [lon + dLon, lat + dLat], [lon - dLon, lat + dLat], [lon - dLon, lat - dLat]];
  return { type: "Feature", properties: { name }, geometry: { type: "Polygon", coordinates: [ring] } };
}

test("overview tiles are those geojson-vt cuts from every feature, small parcels included", { timeout: 60_000 }, () => {
  // Parcels of 30 m to 6 km around the size the overview's last zoom (6) drops, with the communes around them.
  const sizes = [30, 300, 1_000, 1_500, 1_800, 2_000, 2_200, 2_600, 3_000, 6_000];
  const squares = Array.from({ length: 2_000 }, (_, index) => square(104 + (index % 50) * 0.08, 19 + Math.floor(index / 50) * 0.05, sizes[index % sizes.length], `Thửa ${index}`));
  const collection = { type: "FeatureCollection" as const, features: [...communes.features.slice(0, 400), ...squares] };
  const overview = (z: number) => z < 7;
  const cut = cutVectorTiles(collection).filter(({ z }) => overview(z));

  const numbered = collection.features.map((feature, index) => ({ ...feature, id: index }));
  const index = new GeoJSONVT({ type: "FeatureCollection", features: numbered }, { maxZoom: 10, indexMaxZoom: 4, tolerance: 24, extent: 8192, buffer: 128 });
  const expected: { z: number; x: number; y: number; data: Uint8Array }[] = [];
  const visit = (z: number, x: number, y: number) => {
    const tile = index.getTile(z, x, y);
    if (!tile) return;
    if (tile.features.length > 0) expected.push({ z, x, y, data: fromGeojsonVt({ [VECTOR_TILE_LAYER]: tile }, { version: 2, extent: 8192 }) });
    if (overview(z + 1)) for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) visit(z + 1, 2 * x + dx, 2 * y + dy);
  };
  visit(0, 0, 0);
  const digest = ({ z, x, y, data }: { z: number; x: number; y: number; data: Uint8Array }) => `${z}/${x}/${y} ${createHash("sha256").update(data).digest("hex")}`;
  expect(cut.map(digest)).toEqual(expected.map(digest));
  const idsAtZoom6 = new Set(cut.filter(({ z }) => z === 6).flatMap(({ data }) => {
    const layer = decode(data);
    return Array.from({ length: layer.length }, (_, i) => Number(layer.feature(i).id));
  }));
  const squareSizesShown = new Set([...idsAtZoom6].filter((id) => id >= 400).map((id) => sizes[(id - 400) % sizes.length]));
  expect(squareSizesShown.has(30)).toBe(false);
  expect(squareSizesShown.has(6_000)).toBe(true);
});
