// Records of the map tile cache, in the app's IndexedDB database (Dexie v2,
// see database.ts). A tile is keyed by `<source key>/<z>/<x>/<y>` (the source
// key is the XYZ URL template or "pmtiles:<archive url>"): a cache entry is
// found from the tile it holds, so these records use that natural key instead
// of a UUID and are never synced — they are a disposable copy of public tiles.
//
//   tileData        { key, data, contentType }               the bytes, read on a hit
//   tileEntries     { key, sourceKey, size, lastAccess, … }  small, indexed by lastAccess for LRU
//   tileCacheTotals { id: "totals", bytes, count }           running totals, updated in the
//                                                            same transaction as every write

import type { Table } from "dexie";
import type { AppDatabase } from "../database";

export interface TileDataRecord {
  key: string;
  data: ArrayBuffer;
  contentType: string;
}

export interface TileEntryRecord {
  key: string;
  sourceKey: string;
  size: number;
  /** Milliseconds since the epoch; the least recently used tiles are evicted first. */
  lastAccess: number;
  storedAt: number;
}

export interface TileCacheTotalsRecord {
  id: "totals";
  bytes: number;
  count: number;
  updatedAt: string;
}

/** A tile to store. */
export interface TileToStore {
  key: string;
  sourceKey: string;
  data: ArrayBuffer;
  contentType: string;
}

export interface TileCacheTables {
  tileData: Table<TileDataRecord, string>;
  tileEntries: Table<TileEntryRecord, string>;
  tileCacheTotals: Table<TileCacheTotalsRecord, string>;
}

export function tileCacheTables(database: AppDatabase): TileCacheTables {
  return {
    tileData: database.table<TileDataRecord, string>("tileData"),
    tileEntries: database.table<TileEntryRecord, string>("tileEntries"),
    tileCacheTotals: database.table<TileCacheTotalsRecord, string>("tileCacheTotals"),
  };
}

export function tileKey(sourceKey: string, z: number, x: number, y: number): string {
  return `${sourceKey}/${z}/${x}/${y}`;
}

export const EMPTY_TOTALS: Omit<TileCacheTotalsRecord, "updatedAt"> = { id: "totals", bytes: 0, count: 0 };
