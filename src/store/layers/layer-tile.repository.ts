// Vector tiles of large imported layers (`layerTiles`, Dexie v6): one row per
// tile, key [layerId+z+x+y], the encoded Mapbox Vector Tile as an exact-size
// ArrayBuffer. Written by ImportedLayerRepository in the layer's own
// transaction (so a layer never has half its tiles) and read one tile at a
// time by the map's `importedtiles://` protocol.

import type { AppDatabase } from "../database";

export interface LayerTileRecord {
  layerId: string;
  z: number;
  x: number;
  y: number;
  data: ArrayBuffer;
}

export interface EncodedTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

const WRITE_CHUNK_SIZE = 200;

export function layerTilesTable(database: AppDatabase) {
  return database.table<LayerTileRecord, [string, number, number, number]>("layerTiles");
}

/** Writes the tiles in chunks; call inside a transaction that includes `layerTiles`. */
export async function writeLayerTiles(database: AppDatabase, layerId: string, tiles: readonly EncodedTile[]): Promise<void> {
  for (let start = 0; start < tiles.length; start += WRITE_CHUNK_SIZE) {
    // slice(): an encoder's output may be a view into a larger buffer, which IndexedDB would store whole.
    const records = tiles.slice(start, start + WRITE_CHUNK_SIZE).map(({ z, x, y, data }): LayerTileRecord => ({ layerId, z, x, y, data: data.slice().buffer }));
    await layerTilesTable(database).bulkAdd(records);
  }
}

export async function readLayerTile(database: AppDatabase, layerId: string, z: number, x: number, y: number): Promise<ArrayBuffer | null> {
  return (await layerTilesTable(database).get([layerId, z, x, y]))?.data ?? null;
}
