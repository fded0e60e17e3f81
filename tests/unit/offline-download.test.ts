// The offline download (DownloadRunner) against MSW tiles: counts, bounded
// concurrency with slow responses, retries with back-off on HTTP errors,
// skip-already-cached, pause then resume from the stored checkpoint (as after
// a page reload), cancel, and a full disk that stops cleanly.

import "fake-indexeddb/auto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { setupServer } from "msw/node";
import { delay, http, HttpResponse } from "msw";
import { AppDatabase } from "../../src/store/database";
import { TileCacheStore } from "../../src/store/offline/tile-cache.store";
import { DownloadJobRepository, type DownloadJobRecord } from "../../src/store/offline/download-job.repository";
import { DownloadRunner, type DownloadProgress, type DownloadRunnerOptions } from "../../src/store/offline/download-runner";
import { countTiles, enumerateTileRuns, rectanglePolygon } from "../../src/geo/tiles/tile-enumeration";
import { xyzTileAccess } from "../../src/map/basemap/basemap-source-fetch";

const TEMPLATE = "http://tiles.test/t/{z}/{x}/{y}.png";
const AREA = Object.freeze(rectanglePolygon([105.256, 18.153, 105.619, 18.449]));
const MIN_ZOOM = 10;
const MAX_ZOOM = 12;
const TOTAL = countTiles(enumerateTileRuns(AREA, MIN_ZOOM, MAX_ZOOM));
const TILE_BYTES = 300;

const requests: string[] = [];
let inFlight = 0;
let maxInFlight = 0;
let answer: (path: string, attempt: number) => Promise<Response> | Response;

const server = setupServer(
  http.get("http://tiles.test/t/:z/:x/:y", async ({ request }) => {
    const path = new URL(request.url).pathname;
    requests.push(path);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      return await answer(path, requests.filter((seen) => seen === path).length);
    } finally {
      inFlight -= 1;
    }
  }),
);

const okTile = () => new HttpResponse(new Uint8Array(TILE_BYTES).fill(9), { headers: { "content-type": "image/png" } });

let database: AppDatabase;
let store: TileCacheStore;
let jobs: DownloadJobRepository;

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterAll(() => server.close());
beforeEach(() => {
  database = new AppDatabase(`test-${crypto.randomUUID()}`);
  store = new TileCacheStore(database);
  jobs = new DownloadJobRepository(database);
  requests.length = 0;
  maxInFlight = 0;
  answer = () => okTile();
});
afterEach(async () => {
  await database.delete();
});

function newJob(): Promise<DownloadJobRecord> {
  return jobs.create({
    source: { kind: "xyz", urlTemplate: TEMPLATE, tileType: "raster" },
    sourceKey: TEMPLATE,
    areaName: "Khung thử",
    area: AREA,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    total: TOTAL,
  });
}

function runner(job: DownloadJobRecord, extra: Partial<DownloadRunnerOptions> = {}): DownloadRunner {
  return new DownloadRunner(job, { store, jobs, access: xyzTileAccess(TEMPLATE), chunkSize: 8, concurrency: 4, progressIntervalMs: 0, wait: async () => undefined, ...extra });
}

describe("offline download", () => {
  test("downloads every tile once, reports progress up to the total, and ends completed", async () => {
    expect(TOTAL).toBeGreaterThan(20);
    const progress: DownloadProgress[] = [];
    const job = await runner(await newJob(), { onProgress: (p) => progress.push(p) }).run();
    expect(job).toMatchObject({ status: "completed", cursor: TOTAL, done: TOTAL, failed: 0, skipped: 0, bytes: TOTAL * TILE_BYTES });
    expect(new Set(requests).size).toBe(TOTAL);
    expect(requests).toHaveLength(TOTAL);
    expect(await store.totals()).toEqual({ bytes: TOTAL * TILE_BYTES, count: TOTAL });
    const processed = progress.map((p) => p.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ status: "completed", processed: TOTAL, total: TOTAL });
  });

  test("slow responses never exceed the concurrency bound", async () => {
    answer = async () => {
      await delay(15);
      return okTile();
    };
    const job = await runner(await newJob(), { concurrency: 3 }).run();
    expect(job.done).toBe(TOTAL);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(maxInFlight).toBeGreaterThan(1);
  });

  test("a second download of the same area skips the cached tiles", async () => {
    await runner(await newJob()).run();
    requests.length = 0;
    const again = await runner(await newJob()).run();
    expect(again).toMatchObject({ status: "completed", done: 0, skipped: TOTAL, failed: 0 });
    expect(requests).toEqual([]);
  });

  test("HTTP 503 is retried with back-off; 403 fails at once; the summary lists failures", async () => {
    const waits: number[] = [];
    answer = (path, attempt) => {
      if (path.endsWith("/10/811/458.png") && attempt <= 2) return new HttpResponse(null, { status: 503 });
      if (path.startsWith("/t/12/3245/")) return new HttpResponse(null, { status: 403 });
      return okTile();
    };
    const job = await runner(await newJob(), { wait: async (ms) => void waits.push(ms) }).run();
    const forbidden = requests.filter((path) => path.startsWith("/t/12/3245/"));
    expect(forbidden).toHaveLength(4);
    expect(new Set(forbidden).size).toBe(forbidden.length); // never retried
    expect(requests.filter((path) => path === "/t/10/811/458.png")).toHaveLength(3);
    expect(waits.length).toBe(2);
    expect(waits[1]).toBeGreaterThan(waits[0] * 1.1);
    expect(job).toMatchObject({ status: "completed", failed: forbidden.length, done: TOTAL - forbidden.length });
    expect(job.failedTiles).toContain(forbidden[0].replace("/t/", "").replace(".png", ""));
  });

  test("paused mid-way, a new runner from the stored job (as after a reload) finishes without refetching", async () => {
    answer = async () => {
      await delay(5);
      return okTile();
    };
    const first = runner(await newJob(), {
      onProgress: (p) => {
        if (p.processed >= 13) first.pause();
      },
    });
    const paused = await first.run();
    expect(paused.status).toBe("paused");
    expect(paused.cursor).toBeGreaterThan(0);
    expect(paused.cursor).toBeLessThan(TOTAL);
    const fetchedBeforeReload = new Set(requests);

    const reopened = new AppDatabase(database.name);
    const storedJob = await new DownloadJobRepository(reopened).get(paused.id);
    reopened.close();
    expect(storedJob).toMatchObject({ status: "paused", cursor: paused.cursor });

    const resumed = await runner(storedJob!).run();
    expect(resumed).toMatchObject({ status: "completed", cursor: TOTAL, done: TOTAL, failed: 0, skipped: 0 });
    expect(new Set(requests).size).toBe(TOTAL);
    // Only requests aborted by the pause may be repeated.
    expect(requests.length - TOTAL).toBeLessThanOrEqual(4);
    expect(fetchedBeforeReload.size).toBeLessThan(TOTAL);
  });

  test("cancel stops at once and keeps what was stored", async () => {
    const first = runner(await newJob(), { onProgress: (p) => p.processed >= 9 && first.cancel() });
    const cancelled = await first.run();
    expect(cancelled.status).toBe("cancelled");
    expect(requests.length).toBeLessThan(TOTAL);
    expect((await store.totals()).count).toBeGreaterThanOrEqual(8);
  });

  test("a full disk stops the download with a Vietnamese message; tiles and checkpoint stay consistent", async () => {
    const realWrite = store.write.bind(store);
    let writes = 0;
    vi.spyOn(store, "write").mockImplementation(async (tiles, extra) => {
      writes += 1;
      if (writes >= 3) throw Object.assign(new Error("Dexie wrapper"), { name: "AbortError", inner: { name: "QuotaExceededError" } });
      return realWrite(tiles, extra);
    });
    const stopped = await runner(await newJob()).run();
    expect(stopped.status).toBe("stopped");
    expect(stopped.message).toMatch(/Bộ nhớ của trình duyệt đã đầy/);
    expect(stopped.cursor).toBe(16);
    expect(await store.totals()).toEqual({ bytes: 16 * TILE_BYTES, count: 16 });
    expect((await jobs.get(stopped.id))?.cursor).toBe(16);
  });

  test("losing the network pauses the download; resuming retries the failed tiles only", async () => {
    answer = (path) => (path.startsWith("/t/12/") ? HttpResponse.error() : okTile());
    const paused = await runner(await newJob()).run();
    expect(paused.status).toBe("paused");
    expect(paused.message).toMatch(/Mất kết nối mạng/);
    expect(paused.cursor).toBeLessThan(TOTAL);

    answer = () => okTile();
    requests.length = 0;
    const resumed = await runner(jobs.forRetry(paused)).run();
    expect(resumed).toMatchObject({ status: "completed", done: TOTAL, failed: 0, skipped: 0, cursor: TOTAL });
    expect(requests.every((path) => path.startsWith("/t/12/"))).toBe(true);
    expect(new Set(requests).size).toBe(20);
  });
});
