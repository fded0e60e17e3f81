// Offline-first, as an officer would prepare for a border commune without
// signal: set the province's XYZ tile server as the basemap, download the
// commune at a small zoom range while the progress bar advances, then go
// offline and reload — the app opens from the service worker, the tiles come
// from IndexedDB (the tile server sees no new request), the imported layer is
// still there. A PMTiles file picked from disk renders offline too. The tile
// server is local (tests/e2e/tile-server.ts) and generates its tiles.

import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, importFile, openApp, waitForMap } from "./app-page";
import { startTileServer, type TileServer } from "./tile-server";
import { buildRasterPmtiles } from "./offline-pmtiles-fixture";

let tiles: TileServer;

const COMMUNE_BOX: [number, number, number, number] = [105.256, 18.153, 105.619, 18.449];
const VIEW = { zoom: 12, lat: 18.33, lon: 105.43 };
const LONG_POLL = { timeout: 60_000, interval: 100 };

const browserProfiles = guardedBrowserForFile();

beforeAll(async () => {
  tiles = await startTileServer();
});
afterAll(async () => {
  await tiles?.close();
});

async function openOfflineTab(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Ngoại tuyến" }).click();
}

/** Counters of this session's tiles, as the offline tab shows them. */
async function tileCounters(page: Page): Promise<{ hits: number; network: number; failed: number }> {
  const counters = page.getByTestId("tile-session-counters");
  const read = async (name: string) => Number(await counters.getAttribute(`data-${name}`));
  return { hits: await read("hits"), network: await read("network"), failed: await read("failed") };
}

/** Share of the map's pixels that match `predicate` (r, g, b), read from a real screenshot. */
async function mapPixelShare(page: Page, predicate: string): Promise<number> {
  const png = (await page.getByTestId("map").screenshot()).toString("base64");
  return page.evaluate(
    async ({ png, predicate }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const test = new Function("r", "g", "b", `return ${predicate};`) as (r: number, g: number, b: number) => boolean;
      let matching = 0;
      for (let index = 0; index < data.length; index += 4) if (test(data[index], data[index + 1], data[index + 2])) matching += 1;
      return matching / (data.length / 4);
    },
    { png, predicate },
  );
}

const MAGENTA_TILES = "r > 150 && g < 110 && b > 120 && r - g > 80";
const GREEN_TILES = "g > 110 && r < 100 && g - b > 25";

/** Waits until the service worker controls the page, i.e. the app shell is precached. */
async function waitForAppShell(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole("status", { name: "Trạng thái kết nối" }).getAttribute("data-app-shell"), LONG_POLL).toBe("ready");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

async function goOfflineAndReload(page: Page): Promise<void> {
  await page.context().setOffline(true);
  await page.reload();
  await waitForMap(page);
  await expect.poll(() => page.getByRole("status", { name: "Trạng thái kết nối" }).textContent(), POLL).toContain("Ngoại tuyến");
}

describe("offline-first", () => {
  test("an XYZ basemap downloaded for the commune opens and renders with the network off", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, VIEW);
    await importFile(page, "chot-bien-gioi.geojson", {
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: { name: "Chốt thử" }, geometry: { type: "Point", coordinates: [VIEW.lon, VIEW.lat] } }],
    });
    await expect.poll(() => page.getByRole("checkbox", { name: "chot-bien-gioi", exact: true }).isChecked(), POLL).toBe(true);

    await openOfflineTab(page);
    await page.getByLabel("URL nguồn bản đồ").fill(tiles.rasterTemplate);
    await page.getByRole("button", { name: "Dùng nguồn này" }).click();
    await expect.poll(() => page.getByTestId("basemap-current").textContent(), POLL).toContain(tiles.rasterTemplate);
    await expect.poll(async () => (await tileCounters(page)).network, POLL).toBeGreaterThan(0);

    await page.getByLabel("Từ mức thu phóng").fill("9");
    await page.getByLabel("Đến mức thu phóng").fill("14");
    await expect.poll(() => page.getByTestId("download-estimate").textContent(), POLL).toMatch(/Ước tính: \d+ ô, khoảng [\d,.]+ (KB|MB)/);

    tiles.delayMs = 80;
    const requestsBeforeDownload = tiles.requests.length;
    await page.getByRole("button", { name: "Tải về để dùng ngoại tuyến" }).click();
    const bar = page.getByRole("progressbar", { name: "Tiến độ tải về" });
    await bar.waitFor();
    const total = Number(await bar.getAttribute("aria-valuemax"));
    expect(total).toBeGreaterThan(150);
    const progressOf = async () => Number(await page.getByRole("progressbar", { name: "Tiến độ tải về" }).getAttribute("aria-valuenow"));
    // Past the first checkpoint (every 32 tiles, written with the tiles in one transaction).
    await expect.poll(progressOf, LONG_POLL).toBeGreaterThan(45);
    const beforeReload = await progressOf();
    expect(beforeReload, "the progress bar advanced part-way").toBeLessThan(total);

    // A reload in the middle: the download goes on by itself from its checkpoint.
    await page.reload();
    await waitForMap(page);
    await openOfflineTab(page);
    const seen = new Set<number>();
    await expect
      .poll(async () => {
        seen.add(await progressOf());
        return Math.max(...seen);
      }, LONG_POLL)
      .toBe(total);
    tiles.delayMs = 0;
    expect(Math.min(...seen), "after the reload the download resumed, it did not restart").toBeGreaterThanOrEqual(32);
    const summary = page.getByTestId("download-summary");
    await expect.poll(() => summary.textContent(), POLL).toMatch(/lỗi 0 ô/);
    // Only tiles of the chunk the reload cut off may have been fetched twice.
    expect(tiles.requests.length - requestsBeforeDownload).toBeLessThanOrEqual(total + 32);
    await page.getByTestId("download-summary").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/offline-download.png" });

    await waitForAppShell(page);
    const requestsBeforeOffline = tiles.requests.length;
    await goOfflineAndReload(page);

    await expect.poll(() => page.getByRole("checkbox", { name: "chot-bien-gioi", exact: true }).isChecked(), POLL).toBe(true);
    await openOfflineTab(page);
    await expect.poll(() => page.getByTestId("basemap-current").textContent(), POLL).toContain(tiles.rasterTemplate);
    await expect.poll(async () => (await tileCounters(page)).hits, POLL).toBeGreaterThan(3);
    expect((await tileCounters(page)).network).toBe(0);
    await expect.poll(() => mapPixelShare(page, MAGENTA_TILES), POLL).toBeGreaterThan(0.3);
    expect(tiles.requests.length, "the tile server saw no request once offline").toBe(requestsBeforeOffline);
    await page.screenshot({ path: "test-results/offline-reloaded.png" });
  }, 240_000); // two reloads and a download on SwiftShader

  test("a PMTiles file picked from disk is kept in the browser and renders offline", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, VIEW);
    await openOfflineTab(page);
    const archive = buildRasterPmtiles(COMMUNE_BOX, 8, 13, [20, 160, 90]);
    await page.getByLabel("Chọn tệp PMTiles trong máy").setInputFiles({ name: "vu-quang.pmtiles", mimeType: "application/octet-stream", buffer: archive });
    await expect.poll(() => page.getByTestId("basemap-current").textContent(), POLL).toContain("Tệp PMTiles trong máy: vu-quang.pmtiles");
    await expect.poll(() => mapPixelShare(page, GREEN_TILES), POLL).toBeGreaterThan(0.2);
    await expect.poll(() => page.getByRole("button", { name: "Tải về để dùng ngoại tuyến" }).isDisabled(), POLL).toBe(true);

    await waitForAppShell(page);
    await goOfflineAndReload(page);
    await openOfflineTab(page);
    await expect.poll(() => page.getByTestId("basemap-current").textContent(), POLL).toContain("vu-quang.pmtiles");
    await expect.poll(() => mapPixelShare(page, GREEN_TILES), POLL).toBeGreaterThan(0.2);
    expect((await tileCounters(page)).failed).toBe(0);
    await page.screenshot({ path: "test-results/offline-pmtiles.png" });
  });

  test("a bad URL is refused in Vietnamese; vector tiles render; the tile cache clears without touching imported data", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, VIEW);
    await openOfflineTab(page);
    const url = page.getByLabel("URL nguồn bản đồ");
    await url.fill(`${tiles.origin}/raster/{z}/{x}.png`);
    await page.getByRole("button", { name: "Dùng nguồn này" }).click();
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "thiếu {y}" }).isVisible(), POLL).toBe(true);
    expect(await page.getByTestId("basemap-current").textContent()).toContain("Bản đồ nền có sẵn");

    await url.fill(tiles.vectorTemplate);
    await page.getByRole("button", { name: "Dùng nguồn này" }).click();
    await expect.poll(() => page.getByTestId("basemap-current").textContent(), POLL).toContain("vector");
    await expect.poll(async () => (await tileCounters(page)).network, POLL).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("tile-cache-totals").textContent(), LONG_POLL).not.toMatch(/\(0 ô\)/);

    await page.getByRole("button", { name: "Xóa bộ nhớ đệm bản đồ" }).click();
    await page.getByRole("button", { name: "Xóa ô bản đồ" }).click();
    await expect.poll(() => page.getByTestId("tile-cache-totals").textContent(), POLL).toMatch(/\(0 ô\)/);
    await expect.poll(() => page.getByTestId("basemap-current").textContent(), POLL).toContain("vector");
    await page.screenshot({ path: "test-results/offline-vector.png" });
  });

  test("a newer build taking over is announced with Tải lại, and the reload runs it", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, VIEW);
    await waitForAppShell(page);
    await page.reload();
    await waitForMap(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const notice = page.locator(".app-update-notice");
    expect(await notice.count(), "no notice while this build is the newest").toBe(0);

    // A part of the app that cannot be loaded (Vite's preload error) says the same, in its own words.
    await page.evaluate(() => window.dispatchEvent(new Event("vite:preloadError")));
    await expect.poll(() => notice.getAttribute("data-app-update"), POLL).toBe("missing-part");
    await notice.getByRole("button", { name: "Tải lại" }).click();
    await waitForMap(page);
    expect(await notice.count(), "the reload clears it").toBe(0);

    // A new deployment: the server's sw.js changes (one byte is enough for the browser).
    const workerFile = "dist/sw.js";
    const deployed = readFileSync(workerFile, "utf8");
    writeFileSync(workerFile, `${deployed}\n// next build ${Date.now()}\n`);
    try {
      await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())?.update()));
      await expect.poll(() => notice.getAttribute("data-app-update"), LONG_POLL).toBe("new-version");
      expect(await notice.textContent()).toContain("Đã có phiên bản mới của ứng dụng");
      await page.screenshot({ path: "test-results/offline-new-version.png" });
      await notice.getByRole("button", { name: "Tải lại" }).click();
      await waitForMap(page);
      expect(await page.locator(".app-update-notice").count(), "the reloaded page runs the newest build").toBe(0);
    } finally {
      // Restoring the file is itself a newer sw.js for the browser: a check after this may announce it again, so nothing is read here.
      writeFileSync(workerFile, deployed);
    }
  }, 180_000);
});
