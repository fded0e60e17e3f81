// Batches the tiles the map fetched on a cache miss into few IndexedDB
// transactions (ENGINEERING.md §3: never one transaction per record). The map
// gets its tile at once; the copy reaches the cache within `delayMs`. Nothing
// here is stored elsewhere: a failed batch (e.g. the disk is full) is reported
// to `onError` and dropped — it was only a copy of public tiles.

import type { TileCacheStore } from "./tile-cache.store";
import type { TileToStore } from "./tile-cache.records";

export interface TileWriteQueueOptions {
  delayMs?: number;
  maxBatch?: number;
  onError?: (error: unknown) => void;
}

export class TileWriteQueue {
  private pending: TileToStore[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private readonly delayMs: number;
  private readonly maxBatch: number;

  constructor(
    private readonly store: TileCacheStore,
    private readonly options: TileWriteQueueOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 300;
    this.maxBatch = options.maxBatch ?? 200;
  }

  enqueue(tile: TileToStore): void {
    this.pending.push(tile);
    if (this.pending.length >= this.maxBatch) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes everything queued so far; resolves when it is stored (or dropped after an error). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.flushing.then(async () => {
      if (batch.length === 0) return;
      try {
        await this.store.write(batch);
      } catch (error) {
        this.options.onError?.(error);
      }
    });
    return this.flushing;
  }

  /** Drops what is queued (after "clear the tile cache"). */
  discard(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
  }
}
