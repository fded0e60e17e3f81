// The page cache's own rules, without a database: a read under way while
// something was forgotten keeps nothing, a change forgets exactly the pages
// it may touch (its collections; no bbox, or a bbox within ≈ 10 m of the
// change's box), memory is bounded (least recently used first), and nothing
// is served while the notification connection is down.

import { describe, expect, it } from "vitest";
import { ItemPageCache } from "../src/ogc/item-page-cache";
import type { ItemQuery } from "../src/ogc/item-query";

const query = (bbox: ItemQuery["bbox"]): ItemQuery => ({ limit: 100, bbox, datetimeStart: null, datetimeEnd: null, after: null });
const body = (text: string) => Buffer.from(text);

function listeningCache(maxBytes = 1_000_000): ItemPageCache {
  const cache = new ItemPageCache(maxBytes);
  cache.resume();
  return cache;
}

function keep(cache: ItemPageCache, collection: string, bbox: ItemQuery["bbox"], text = "{}"): string {
  const key = ItemPageCache.key("user", `/collections/${collection}/items?bbox=${bbox?.join(",") ?? ""}`);
  cache.keep(key, cache.currentGeneration, collection, query(bbox), body(text));
  return key;
}

describe("ItemPageCache", () => {
  it("keeps nothing read while something was forgotten, and serves nothing until listening", () => {
    const cache = new ItemPageCache(1_000_000);
    const key = ItemPageCache.key("user", "/collections/incidents/items");
    cache.keep(key, cache.currentGeneration, "incidents", query(null), body("{}"));
    expect(cache.find(key), "not listening yet").toBeNull();
    cache.resume();
    const generation = cache.currentGeneration;
    cache.forgetChange({ collections: ["village"], box: null });
    cache.keep(key, generation, "incidents", query(null), body("{}"));
    expect(cache.find(key), "a change happened during the read").toBeNull();
    cache.keep(key, cache.currentGeneration, "incidents", query(null), body("{}"));
    expect(cache.find(key)).toEqual(body("{}"));
    cache.suspend();
    expect(cache.find(key)).toBeNull();
    cache.resume();
    expect(cache.find(key), "listening again starts empty").toBeNull();
  });

  it("a change forgets its collections' pages without a bbox and those whose bbox meets its box (≈ 10 m margin)", () => {
    const cache = listeningCache();
    const whole = keep(cache, "incidents", null);
    const near = keep(cache, "incidents", [105, 18, 105.1, 18.1]);
    const far = keep(cache, "incidents", [106, 18, 106.1, 18.1]);
    const otherLayer = keep(cache, "village", null);
    cache.forgetChange({ collections: ["incidents"], box: [105.10005, 18.05, 105.2, 18.06] });
    expect([whole, near, far, otherLayer].map((key) => cache.find(key) !== null)).toEqual([false, false, true, true]);
    cache.forgetChange({ collections: ["incidents"], box: null });
    expect(cache.find(far), "a change without geometry leaves bbox pages").not.toBeNull();
    cache.forgetChange({ collections: ["incidents"], box: [105.2, 18.2, 105.3, 18.3] });
    expect(cache.find(far)).not.toBeNull();
  });

  it("stays within its memory, forgetting the least recently used page first", () => {
    const cache = listeningCache(6_000);
    const feature = "x".repeat(656); // nine fit
    const keys = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((index) => keep(cache, "incidents", [index, 0, index + 1, 1], feature));
    cache.find(keys[0]);
    keep(cache, "incidents", [9, 0, 10, 1], feature);
    expect(cache.find(keys[0]), "used recently").not.toBeNull();
    expect(cache.find(keys[1]), "the oldest unused").toBeNull();
    expect(cache.size).toBe(9);
    keep(cache, "incidents", [20, 0, 21, 1], "y".repeat(751));
    expect(cache.find(ItemPageCache.key("user", "/collections/incidents/items?bbox=20,0,21,1")), "a page above an eighth of the memory is not kept").toBeNull();
  });
});
