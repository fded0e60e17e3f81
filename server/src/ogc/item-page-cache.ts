// Pages of items kept in memory, per user, so a burst of the same request
// (a commune's devices and the IOC opening the same map view) is answered
// without the database: the response's bytes after its `timeStamp` (features
// and links), ready to send. Exact, not "fresh enough":
//
// - A page is kept under the user who read it (row-level security decided
//   what it holds; another user never gets it).
// - Every commit that may change a page makes it forgotten: the database
//   notifies every process of each committed statement on features and
//   attachments (migration 011: collections + the box of the old and new
//   geometries) and of each change of who sees what (users, units,
//   unit_communes) — page-change-listener.ts. A write of this process
//   answers only once its own notification is heard
//   (page-cache-forgetting.ts), so whoever wrote reads their write; a write
//   by another process is seen here once its notification arrives (≈ 1 ms
//   after its commit).
// - A read that was under way while something was forgotten does not keep
//   its page (the generation moved on): its snapshot may predate the commit.
// - Without the notification connection nothing is served from memory
//   (`suspend` until the listener runs again).

import type { ItemQuery } from "./item-query";

/** A committed change: the collections it touched and the box around their old and new geometries (null: none had one). */
export interface PageChange {
  collections: readonly string[];
  box: readonly [number, number, number, number] | null;
}

interface Entry {
  body: Buffer;
  collection: string;
  bbox: ItemQuery["bbox"];
}

/**
 * The index's box test is float4-precise (≈ 1 m, docs/features/server.md):
 * a point that close outside a page's box may be on the page, so a change
 * is compared with a box grown by ≈ 10 m.
 */
const BOX_MARGIN_DEGREES = 1e-4;

export class ItemPageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private generation = 0;
  private listening = false;

  constructor(private readonly maxBytes: number) {}

  get enabled(): boolean {
    return this.maxBytes > 0 && this.listening;
  }

  /** The generation a read starts under; pass it to `keep`. */
  get currentGeneration(): number {
    return this.generation;
  }

  get size(): number {
    return this.entries.size;
  }

  /** `requestUrl`: the URL as asked (base + path + query): it decides the page and its links. */
  static key(userId: string, requestUrl: string): string {
    return `${userId}\n${requestUrl}`;
  }

  find(key: string): Buffer | null {
    if (!this.enabled) return null;
    const entry = this.entries.get(key);
    if (!entry) return null;
    // Most recently used last: the oldest is evicted first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.body;
  }

  /** Keeps a page read under `generation`, unless something was forgotten since. */
  keep(key: string, generation: number, collection: string, query: ItemQuery, body: Buffer): void {
    if (!this.enabled || generation !== this.generation || body.length > this.maxBytes / 8) return;
    this.remove(key);
    this.entries.set(key, { body, collection, bbox: query.bbox });
    this.bytes += body.length;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  /** A committed change: pages of its collections without a bbox, or whose bbox meets the change's box, are forgotten. */
  forgetChange(change: PageChange): void {
    this.generation += 1;
    for (const [key, entry] of this.entries) {
      if (change.collections.includes(entry.collection) && (entry.bbox === null || (change.box !== null && boxesMeet(entry.bbox, change.box)))) {
        this.remove(key);
      }
    }
  }

  forgetAll(): void {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  /** The notification connection runs: pages may be kept (from a clean slate). */
  resume(): void {
    this.forgetAll();
    this.listening = true;
  }

  /** The notification connection is lost: changes could go unheard, so nothing is kept or served. */
  suspend(): void {
    this.listening = false;
    this.forgetAll();
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}

function boxesMeet(page: readonly [number, number, number, number], change: readonly [number, number, number, number]): boolean {
  const [west, south, east, north] = page;
  return (
    change[0] <= east + BOX_MARGIN_DEGREES &&
    change[2] >= west - BOX_MARGIN_DEGREES &&
    change[1] <= north + BOX_MARGIN_DEGREES &&
    change[3] >= south - BOX_MARGIN_DEGREES
  );
}
