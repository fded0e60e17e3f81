// The IndexedDB tile cache (fake-indexeddb): round trips and running totals,
// least-recently-used eviction order under the byte cap, clearing tiles only,
// and a failed write that changes nothing.

import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { AppDatabase } from "../../src/store/database";
import { ImportedLayerRepository } from "../../src/store/layers/imported-layer.repository";
import { BasemapSourceRepository } from "../../src/store/offline/basemap-source.repository";
import { TileCacheStore } from "../../src/store/offline/tile-cache.store";
import type { TileToStore } from "../../src/store/offline/tile-cache.records";

let database: AppDatabase;
let clock: number;
let store: TileCacheStore;

function tile(key: string, size: number, fill = 7): TileToStore {
  return Object.freeze({ key, sourceKey: "src", data: new Uint8Array(size).fill(fill).buffer, contentType: "image/png" });
}

beforeEach(() => {
  database = new AppDatabase(`test-${crypto.randomUUID()}`);
  clock = 1_000;
  store = new TileCacheStore(database, 10_000, () => clock);
});

afterEach(async () => {
  await database.delete();
});

describe("TileCacheStore", () => {
  test("stores tiles with their size and reads them back; totals follow overwrites", async () => {
    await store.write([tile("src/1/0/0", 1_000, 1), tile("src/1/1/0", 2_000)]);
    expect(await store.totals()).toEqual({ bytes: 3_000, count: 2 });
    const hit = await store.read("src/1/0/0");
    expect(hit?.contentType).toBe("image/png");
    expect(new Uint8Array(hit!.data)).toEqual(new Uint8Array(1_000).fill(1));
    expect(await store.read("src/9/9/9")).toBeUndefined();

    await store.write([tile("src/1/0/0", 500)]);
    expect(await store.totals()).toEqual({ bytes: 2_500, count: 2 });
    expect((await store.entries(["src/1/0/0", "src/2/0/0"])).get("src/1/0/0")).toEqual({ storedAt: 1_000, size: 500 });
  });

  test("over the cap, the least recently used tiles go first, down to 90% of the cap", async () => {
    for (const [index, key] of ["a", "b", "c", "d"].entries()) {
      clock = 1_000 + index;
      await store.write([tile(key, 2_000)]);
    }
    clock = 2_000;
    await store.read("a"); // a is now the most recently used
    await store.flushTouches();
    clock = 3_000;
    await store.write([tile("e", 2_000)]); // 10,000 bytes: at the cap, nothing evicted
    expect((await store.totals()).count).toBe(5);
    clock = 3_001;
    await store.write([tile("f", 2_000)]); // 12,000 > 10,000 → evict b, c (to ≤ 9,000 — 8,000)
    const left = await store.entries(["a", "b", "c", "d", "e", "f"]);
    expect([...left.keys()].sort()).toEqual(["a", "d", "e", "f"]);
    expect(await store.totals()).toEqual({ bytes: 8_000, count: 4 });
  });

  test("lowering the cap evicts at once", async () => {
    await store.write([tile("a", 3_000), tile("b", 3_000)]);
    await store.setCap(4_000);
    expect((await store.totals()).bytes).toBeLessThanOrEqual(3_600);
    expect((await store.totals()).count).toBe(1);
  });

  test("clearing the tile cache keeps imported layers and basemap settings", async () => {
    const layers = new ImportedLayerRepository(database);
    const settings = new BasemapSourceRepository(database);
    await layers.create({ name: "Tuần tra", color: "#000000", sourceFileName: "a.geojson", collection: { type: "FeatureCollection", features: [] } });
    await settings.saveSource({ kind: "xyz", urlTemplate: "http://127.0.0.1/{z}/{x}/{y}.png", tileType: "raster" });
    await store.write([tile("a", 100), tile("b", 100)]);

    await store.clear();
    expect(await store.totals()).toEqual({ bytes: 0, count: 0 });
    expect(await store.read("a")).toBeUndefined();
    expect(await layers.list()).toHaveLength(1);
    expect((await settings.loadSource()).kind).toBe("xyz");
  });

  test("a write that fails inside its transaction stores nothing and keeps the totals", async () => {
    await store.write([tile("kept", 100)]);
    const failing = store.write([tile("new", 100)], {
      tables: [],
      run: async () => {
        throw new DOMException("giả lập đầy bộ nhớ", "QuotaExceededError");
      },
    });
    await expect(failing).rejects.toThrow();
    expect(await store.read("new")).toBeUndefined();
    expect(await store.read("kept")).toBeDefined();
    expect(await store.totals()).toEqual({ bytes: 100, count: 1 });
  });
});
