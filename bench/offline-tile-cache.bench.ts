// Offline tile cache in real Chromium (IndexedDB timings from fake-indexeddb
// mean nothing). The app's own modules (tile cache, protocol handler, download
// runner) are bundled by Vite for the page; tiles come from the local tile
// server. Two comparisons, each against its naive baseline in the same run:
//   1. a cache hit through the `tilecache://` protocol handler vs fetching the
//      same tile from the localhost server (target: ≥ 5× faster), with median
//      and p95 latencies printed;
//   2. downloading the commune's bounding box at z10–16 (5,263 tiles of 20 KB)
//      into IndexedDB vs only fetching the same tiles — if storage is not the
//      bottleneck the two rates are close — plus the IndexedDB write rate alone
//      (chunks of 32, as the download writes them).

import { resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../tests/e2e/browser-session";
import { bundleForBrowser, medianRunAsync } from "./bench-support";
import { startTileServer, type TileServer } from "../tests/e2e/tile-server";

const BOX = [105.256, 18.153, 105.619, 18.449];
const TILE_BYTES = 20_000;
const HIT_BATCH = 50;

let browser: Browser;
let page: Page;
let server: TileServer;

function bundleAppModules(): Promise<string> {
  const source = (file: string) => JSON.stringify(resolve("src", file));
  return bundleForBrowser(
    `import { AppDatabase } from ${source("store/database.ts")};
     import { TileCacheStore } from ${source("store/offline/tile-cache.store.ts")};
     import { DownloadJobRepository } from ${source("store/offline/download-job.repository.ts")};
     import { DownloadRunner } from ${source("store/offline/download-runner.ts")};
     import { xyzTileAccess } from ${source("map/basemap/basemap-source-fetch.ts")};
     import { createTileProtocolHandler, protocolTileTemplate } from ${source("map/basemap/tile-protocol.ts")};
     import { countTiles, enumerateTileRuns, rectanglePolygon, tilesFrom } from ${source("geo/tiles/tile-enumeration.ts")};
     globalThis.offlineBench = { AppDatabase, TileCacheStore, DownloadJobRepository, DownloadRunner, xyzTileAccess,
       createTileProtocolHandler, protocolTileTemplate, countTiles, enumerateTileRuns, rectanglePolygon, tilesFrom };`,
    "es",
    "offline-bench",
  );
}

beforeAll(async () => {
  server = await startTileServer();
  server.addArchive("bench.html", Buffer.from("<!doctype html><meta charset=utf-8><title>bench</title>"), "text/html");
  server.addArchive("bench.js", Buffer.from(await bundleAppModules()), "text/javascript");
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("console", (message) => console.info(`[page] ${message.text()}`));
  await page.goto(`${server.origin}/archives/bench.html`);
  await page.addScriptTag({ url: `${server.origin}/archives/bench.js`, type: "module" });
  await page.waitForFunction(() => "offlineBench" in globalThis);
  await page.evaluate(
    async ({ template, tileUrl }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const b = (globalThis as any).offlineBench;
      const database = new b.AppDatabase("offline-bench");
      const store = new b.TileCacheStore(database, 2_000_000_000);
      await store.clear();
      const access = b.xyzTileAccess(template);
      const bytes = await (await fetch(tileUrl, { cache: "no-store" })).arrayBuffer();
      await store.write([{ key: `${template}/12/3246/1835`, sourceKey: template, data: bytes, contentType: "image/png" }]);
      const handler = b.createTileProtocolHandler({ cache: store, queue: { enqueue() {} }, source: () => access });
      const hitUrl = b.protocolTileTemplate(template).replace("{z}/{x}/{y}", "12/3246/1835");
      Object.assign(globalThis, { benchState: { database, store, handler, hitUrl } });
    },
    { template: server.rasterTemplate, tileUrl: server.rasterTemplate.replace("{z}/{x}/{y}", "12/3246/1835") },
  );
  await printLatencies();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Median and p95 of single reads, interleaved so both see the same machine load. */
async function printLatencies(): Promise<void> {
  const result = await page.evaluate(async (tileUrl) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const { handler, hitUrl } = (globalThis as any).benchState;
    const hits: number[] = [];
    const fetches: number[] = [];
    for (let round = 0; round < 300; round += 1) {
      let started = performance.now();
      await handler({ url: hitUrl, type: "image" }, new AbortController());
      hits.push(performance.now() - started);
      started = performance.now();
      await (await fetch(tileUrl, { cache: "no-store" })).arrayBuffer();
      fetches.push(performance.now() - started);
    }
    const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
    return { hit: [quantile(hits, 0.5), quantile(hits, 0.95)], fetch: [quantile(fetches, 0.5), quantile(fetches, 0.95)] };
  }, server.rasterTemplate.replace("{z}/{x}/{y}", "12/3246/1835"));
  const ms = (value: number) => `${value.toFixed(3)} ms`;
  console.info(`[measure] cache hit (protocol handler → IndexedDB): median ${ms(result.hit[0])}, p95 ${ms(result.hit[1])}`);
  console.info(`[measure] localhost fetch of the same tile:      median ${ms(result.fetch[0])}, p95 ${ms(result.fetch[1])}`);
  console.info(`[measure] median ratio fetch / hit: ${(result.fetch[0] / result.hit[0]).toFixed(1)}×, p95 ratio ${(result.fetch[1] / result.hit[1]).toFixed(1)}×`);
}

function hitBatch(): Promise<void> {
  return page.evaluate(async (count) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const { handler, hitUrl } = (globalThis as any).benchState;
    for (let index = 0; index < count; index += 1) await handler({ url: hitUrl, type: "image" }, new AbortController());
  }, HIT_BATCH);
}

function fetchBatch(): Promise<void> {
  return page.evaluate(
    async ({ count, url }) => {
      for (let index = 0; index < count; index += 1) await (await fetch(url, { cache: "no-store" })).arrayBuffer();
    },
    { count: HIT_BATCH, url: server.rasterTemplate.replace("{z}/{x}/{y}", "12/3246/1835") },
  );
}

test(`one tile, ${HIT_BATCH} times: cache hit vs localhost fetch`, async () => {
  await hitBatch();
  await fetchBatch();
  const hit = await medianRunAsync(hitBatch, 10);
  const fetched = await medianRunAsync(fetchBatch, 10);
  console.info(`[measure] ${HIT_BATCH} reads of one tile: cache hits ${hit.toFixed(0)} ms vs localhost fetches ${fetched.toFixed(0)} ms → ${(fetched / hit).toFixed(1)}× faster`);
  expect(hit).toBeGreaterThan(0);
});

function clearCache(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return page.evaluate(() => (globalThis as any).benchState.store.clear());
}

/** Runs one mode over the 5,263 tiles; returns tiles per second. */
async function runInPage(mode: "download" | "fetch-only" | "write-only"): Promise<number> {
  const result = await page.evaluate(
    async ({ mode, box, template, tileBytes }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const b = (globalThis as any).offlineBench;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const { database, store } = (globalThis as any).benchState;
      const area = b.rectanglePolygon(box);
      const total = b.countTiles(b.enumerateTileRuns(area, 10, 16));
      const access = b.xyzTileAccess(template);
      const started = performance.now();
      if (mode === "download") {
        const jobs = new b.DownloadJobRepository(database);
        const job = await jobs.create({ source: { kind: "xyz", urlTemplate: template, tileType: "raster" }, sourceKey: template, areaName: "bench", area, minZoom: 10, maxZoom: 16, total });
        const done = await new b.DownloadRunner(job, { store, jobs, access }).run();
        if (done.done !== total) throw new Error(`downloaded ${done.done} of ${total}`);
      } else if (mode === "fetch-only") {
        const tiles = [...b.tilesFrom(b.enumerateTileRuns(area, 10, 16))];
        let next = 0;
        const worker = async () => {
          while (next < tiles.length) {
            const { z, x, y } = tiles[next++];
            await access.fetchTile(z, x, y, new AbortController().signal);
          }
        };
        await Promise.all(Array.from({ length: 6 }, worker));
      } else {
        const data = new Uint8Array(tileBytes).fill(7).buffer;
        const tiles = [...b.tilesFrom(b.enumerateTileRuns(area, 10, 16))];
        for (let start = 0; start < tiles.length; start += 32) {
          await store.write(tiles.slice(start, start + 32).map(({ z, x, y }: { z: number; x: number; y: number }) => ({ key: `${template}/${z}/${x}/${y}`, sourceKey: template, data: data.slice(0), contentType: "application/octet-stream" })));
        }
      }
      const seconds = (performance.now() - started) / 1000;
      return { total, seconds };
    },
    { mode, box: BOX, template: `${server.origin}/sized/${TILE_BYTES}/{z}/{x}/{y}.bin`, tileBytes: TILE_BYTES },
  );
  const megabytes = (result.total * TILE_BYTES) / 1024 / 1024;
  console.info(
    `[measure] ${mode}: ${result.total} tiles × ${TILE_BYTES / 1000} KB in ${result.seconds.toFixed(2)} s — ${(result.total / result.seconds).toFixed(0)} tiles/s, ${(megabytes / result.seconds).toFixed(1)} MB/s`,
  );
  return result.total / result.seconds;
}

// Measured one after the other in plain code: tinybench's compare() overlapped these long runs.
test("5,263 tiles of 20 KB (commune bounding box, z10–16): download vs network only vs storage only", async () => {
  const rates: Record<string, number> = {};
  for (const mode of ["fetch-only", "download", "write-only"] as const) {
    await clearCache();
    rates[mode] = await runInPage(mode);
  }
  console.info(
    `[measure] download / network-only rate: ${(rates.download / rates["fetch-only"]).toFixed(2)} (≈1 means the network limits the download); ` +
      `IndexedDB-only is ${(rates["write-only"] / rates.download).toFixed(1)}× faster than the download`,
  );
});
