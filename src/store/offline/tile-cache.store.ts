// The map tile cache in IndexedDB (tables tileData, tileEntries,
// tileCacheTotals — see tile-cache.records.ts). Reads are one `get`; the
// "last access" of hits is written later in one batch, so browsing does not
// rewrite tiles. Writes go in one transaction with the running totals, then
// least-recently-used tiles are evicted down to 90% of the byte cap. A failed
// write (e.g. QuotaExceededError) rolls back whole: nothing stored is lost.

import type { Table } from "dexie";
import type { AppDatabase } from "../database";
import { nowIso } from "../ids";
import { EMPTY_TOTALS, tileCacheTables, type TileCacheTables, type TileCacheTotalsRecord, type TileDataRecord, type TileEntryRecord, type TileToStore } from "./tile-cache.records";

export const DEFAULT_TILE_CACHE_CAP_BYTES = 500 * 1024 * 1024;
/** Eviction frees down to this share of the cap, so it does not run on every write. */
const EVICTION_TARGET_SHARE = 0.9;
const EVICTION_CHUNK = 500;
const TOUCH_FLUSH_DELAY_MS = 2_000;

export interface CachedTile {
  data: ArrayBuffer;
  contentType: string;
}

export interface TileCacheTotals {
  bytes: number;
  count: number;
}

/** Work to do inside the same transaction as a tile write (e.g. a download checkpoint). */
export interface TransactionExtra {
  tables: Table[];
  run: () => Promise<void>;
}

export class TileCacheStore {
  private readonly tables: TileCacheTables;
  private readonly touched = new Map<string, number>();
  private touchTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly database: AppDatabase,
    private capBytes: number = DEFAULT_TILE_CACHE_CAP_BYTES,
    private readonly now: () => number = Date.now,
  ) {
    this.tables = tileCacheTables(database);
  }

  get cap(): number {
    return this.capBytes;
  }

  async setCap(bytes: number): Promise<void> {
    this.capBytes = bytes;
    await this.evictToCap();
  }

  async read(key: string): Promise<CachedTile | undefined> {
    const record = await this.tables.tileData.get(key);
    if (!record) return undefined;
    this.touch(key);
    return { data: record.data, contentType: record.contentType };
  }

  /** When each of `keys` was stored (ms since epoch) and its size, for the tiles that are cached. */
  async entries(keys: string[]): Promise<Map<string, { storedAt: number; size: number }>> {
    const entries = await this.tables.tileEntries.bulkGet(keys);
    const found = new Map<string, { storedAt: number; size: number }>();
    for (const entry of entries) if (entry) found.set(entry.key, { storedAt: entry.storedAt, size: entry.size });
    return found;
  }

  /** Stores tiles (replacing same keys) in one transaction, then evicts to the cap. */
  async write(tiles: readonly TileToStore[], extra?: TransactionExtra): Promise<void> {
    const latest = new Map(tiles.map((tile) => [tile.key, tile]));
    const { tileData, tileEntries, tileCacheTotals } = this.tables;
    await this.database.transaction("rw", [tileData, tileEntries, tileCacheTotals, ...(extra?.tables ?? [])], async () => {
      const keys = [...latest.keys()];
      const existing = await tileEntries.bulkGet(keys);
      const time = this.now();
      let byteDelta = 0;
      let countDelta = 0;
      const data: TileDataRecord[] = [];
      const entries: TileEntryRecord[] = [];
      keys.forEach((key, index) => {
        const tile = latest.get(key) as TileToStore;
        const size = tile.data.byteLength;
        byteDelta += size - (existing[index]?.size ?? 0);
        if (!existing[index]) countDelta += 1;
        data.push({ key, data: tile.data, contentType: tile.contentType });
        entries.push({ key, sourceKey: tile.sourceKey, size, lastAccess: time, storedAt: time });
      });
      if (data.length > 0) {
        await tileData.bulkPut(data);
        await tileEntries.bulkPut(entries);
        await this.addToTotals(byteDelta, countDelta);
      }
      await extra?.run();
    });
    await this.evictToCap();
  }

  async totals(): Promise<TileCacheTotals> {
    const record = await this.tables.tileCacheTotals.get("totals");
    return { bytes: record?.bytes ?? 0, count: record?.count ?? 0 };
  }

  /** Mean stored size of one source's tiles, or null when none is cached. */
  async meanTileSize(sourceKey: string, sample = 200): Promise<number | null> {
    const entries = await this.tables.tileEntries.where("sourceKey").equals(sourceKey).limit(sample).toArray();
    if (entries.length === 0) return null;
    return entries.reduce((total, entry) => total + entry.size, 0) / entries.length;
  }

  /** Deletes least-recently-used tiles until the total is under the cap (to 90% of it). */
  async evictToCap(): Promise<number> {
    const { tileData, tileEntries, tileCacheTotals } = this.tables;
    let evicted = 0;
    for (;;) {
      const done = await this.database.transaction("rw", [tileData, tileEntries, tileCacheTotals], async () => {
        const totals = await this.totals();
        if (totals.bytes <= this.capBytes) return true;
        const target = this.capBytes * EVICTION_TARGET_SHARE;
        const oldest = await tileEntries.orderBy("lastAccess").limit(EVICTION_CHUNK).toArray();
        if (oldest.length === 0) return true;
        const victims: TileEntryRecord[] = [];
        let freed = 0;
        for (const entry of oldest) {
          if (totals.bytes - freed <= target) break;
          victims.push(entry);
          freed += entry.size;
        }
        const keys = victims.map((entry) => entry.key);
        await tileData.bulkDelete(keys);
        await tileEntries.bulkDelete(keys);
        await this.addToTotals(-freed, -victims.length);
        evicted += victims.length;
        return totals.bytes - freed <= target;
      });
      if (done) return evicted;
    }
  }

  /** Empties the tile cache (tiles only: never imported layers, settings or PMTiles files). */
  async clear(): Promise<void> {
    this.touched.clear();
    const { tileData, tileEntries, tileCacheTotals } = this.tables;
    await this.database.transaction("rw", [tileData, tileEntries, tileCacheTotals], async () => {
      await tileData.clear();
      await tileEntries.clear();
      await tileCacheTotals.put({ ...EMPTY_TOTALS, updatedAt: nowIso() });
    });
  }

  /** Writes pending "last access" times now (they are otherwise batched). */
  async flushTouches(): Promise<void> {
    if (this.touchTimer) clearTimeout(this.touchTimer);
    this.touchTimer = null;
    if (this.touched.size === 0) return;
    const changes = [...this.touched].map(([key, lastAccess]) => ({ key, changes: { lastAccess } }));
    this.touched.clear();
    await this.tables.tileEntries.bulkUpdate(changes);
  }

  private touch(key: string): void {
    this.touched.set(key, this.now());
    this.touchTimer ??= setTimeout(() => void this.flushTouches().catch(() => undefined), TOUCH_FLUSH_DELAY_MS);
  }

  private async addToTotals(byteDelta: number, countDelta: number): Promise<void> {
    const current = await this.tables.tileCacheTotals.get("totals");
    const next: TileCacheTotalsRecord = {
      id: "totals",
      bytes: Math.max(0, (current?.bytes ?? 0) + byteDelta),
      count: Math.max(0, (current?.count ?? 0) + countDelta),
      updatedAt: nowIso(),
    };
    await this.tables.tileCacheTotals.put(next);
  }
}
