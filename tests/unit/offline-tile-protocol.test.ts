// The MapLibre protocol handler over the tile cache, with MSW answering tile
// requests (unhandled requests are errors): hit, miss, network error with and
// without a cached copy, HTTP errors, missing tiles, and abort.

import "fake-indexeddb/auto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { setupServer } from "msw/node";
import { delay, http, HttpResponse } from "msw";
import type { RequestParameters } from "maplibre-gl";
import { AppDatabase } from "../../src/store/database";
import { TileCacheStore } from "../../src/store/offline/tile-cache.store";
import { TileWriteQueue } from "../../src/store/offline/tile-write-queue";
import { TileHttpError } from "../../src/store/offline/tile-source-access";
import { xyzTileAccess } from "../../src/map/basemap/basemap-source-fetch";
import { createTileProtocolHandler, parseProtocolUrl, protocolTileTemplate } from "../../src/map/basemap/tile-protocol";

const TEMPLATE = "http://tiles.test/raster/{z}/{x}/{y}.png";
const PNG_BYTES = Object.freeze([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
const requests: string[] = [];
let mode: "ok" | "down" | "500" | "404" | "slow" = "ok";

const server = setupServer(
  http.get("http://tiles.test/raster/:z/:x/:y", async ({ request }) => {
    requests.push(new URL(request.url).pathname);
    if (mode === "down") return HttpResponse.error();
    if (mode === "500") return new HttpResponse("lỗi", { status: 500 });
    if (mode === "404") return new HttpResponse(null, { status: 404 });
    if (mode === "slow") await delay(2_000);
    return new HttpResponse(new Uint8Array(PNG_BYTES), { headers: { "content-type": "image/png" } });
  }),
);

let database: AppDatabase;
let store: TileCacheStore;
let queue: TileWriteQueue;
let outcomes: string[];

function handler() {
  const access = xyzTileAccess(TEMPLATE);
  return createTileProtocolHandler({
    cache: store,
    queue,
    source: (key) => (key === TEMPLATE ? access : undefined),
    onOutcome: (outcome) => outcomes.push(outcome),
  });
}

function tileUrl(z: number, x: number, y: number): string {
  return protocolTileTemplate(TEMPLATE).replace("{z}", String(z)).replace("{x}", String(x)).replace("{y}", String(y));
}

function params(url: string, type: RequestParameters["type"] = "image"): RequestParameters {
  return { url, type };
}

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());
beforeEach(() => {
  database = new AppDatabase(`test-${crypto.randomUUID()}`);
  store = new TileCacheStore(database);
  queue = new TileWriteQueue(store, { delayMs: 10_000 });
  requests.length = 0;
  outcomes = [];
  mode = "ok";
});
afterEach(async () => {
  await database.delete();
});

describe("tile protocol handler", () => {
  test("its URL template round-trips the source key and tile", () => {
    expect(parseProtocolUrl(tileUrl(12, 3_300, 1_800))).toEqual({ sourceKey: TEMPLATE, z: 12, x: 3_300, y: 1_800 });
    expect(() => parseProtocolUrl("tilecache://x/1/2")).toThrow(/không hợp lệ/);
  });

  test("a miss goes to the network and is cached; the next request is a hit without network", async () => {
    const load = handler();
    const first = await load(params(tileUrl(5, 25, 14)), new AbortController());
    expect(new Uint8Array(first.data as ArrayBuffer)).toEqual(new Uint8Array(PNG_BYTES));
    expect(requests).toEqual(["/raster/5/25/14.png"]);
    await queue.flush();
    expect(await store.totals()).toEqual({ bytes: PNG_BYTES.length, count: 1 });

    const second = await load(params(tileUrl(5, 25, 14)), new AbortController());
    expect(new Uint8Array(second.data as ArrayBuffer)).toEqual(new Uint8Array(PNG_BYTES));
    expect(requests).toHaveLength(1);
    expect(outcomes).toEqual(["network", "hit"]);
  });

  test("the cached copy survives MapLibre detaching the buffer it was given", async () => {
    const load = handler();
    const response = await load(params(tileUrl(3, 6, 3)), new AbortController());
    structuredClone(response.data, { transfer: [response.data as ArrayBuffer] });
    await queue.flush();
    expect((await store.read("http://tiles.test/raster/{z}/{x}/{y}.png/3/6/3"))?.data.byteLength).toBe(PNG_BYTES.length);
  });

  test("with the network down, a cached tile is served and an uncached one fails", async () => {
    const load = handler();
    await load(params(tileUrl(4, 12, 7)), new AbortController());
    await queue.flush();
    mode = "down";
    requests.length = 0;
    const cached = await load(params(tileUrl(4, 12, 7)), new AbortController());
    expect((cached.data as ArrayBuffer).byteLength).toBe(PNG_BYTES.length);
    expect(requests).toEqual([]);
    await expect(load(params(tileUrl(4, 13, 7)), new AbortController())).rejects.toThrow(TypeError);
    await queue.flush();
    expect((await store.totals()).count).toBe(1);
    expect(outcomes).toEqual(["network", "hit", "failed"]);
  });

  test("an HTTP error is an error (and not cached); a missing tile (404) is an empty tile", async () => {
    const load = handler();
    mode = "500";
    await expect(load(params(tileUrl(2, 1, 1)), new AbortController())).rejects.toBeInstanceOf(TileHttpError);
    mode = "404";
    const empty = await load(params(tileUrl(2, 2, 1)), new AbortController());
    expect((empty.data as ArrayBuffer).byteLength).toBe(0);
    await queue.flush();
    expect((await store.entries(["http://tiles.test/raster/{z}/{x}/{y}.png/2/1/1"])).size).toBe(0);
    expect((await store.totals()).count).toBe(1);
  });

  test("aborting a slow request rejects with AbortError and stores nothing", async () => {
    const load = handler();
    mode = "slow";
    const controller = new AbortController();
    const pending = load(params(tileUrl(6, 50, 28)), controller);
    await delay(50);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await queue.flush();
    expect((await store.totals()).count).toBe(0);
    expect(outcomes).toEqual([]);
  });

  test("JSON and text resources are decoded by the requested type", async () => {
    await store.write([{ key: `${TEMPLATE}/0/0/0`, sourceKey: TEMPLATE, data: new TextEncoder().encode('{"a":1}').buffer as ArrayBuffer, contentType: "application/json" }]);
    const load = handler();
    expect((await load(params(tileUrl(0, 0, 0), "json"), new AbortController())).data).toEqual({ a: 1 });
    expect((await load(params(tileUrl(0, 0, 0), "string"), new AbortController())).data).toBe('{"a":1}');
  });

  test("an unknown source is an error, not a network request", async () => {
    const load = handler();
    await expect(load(params(protocolTileTemplate("other").replace("{z}/{x}/{y}", "1/1/1")), new AbortController())).rejects.toThrow(/chưa được đăng ký/);
    expect(requests).toEqual([]);
  });
});
