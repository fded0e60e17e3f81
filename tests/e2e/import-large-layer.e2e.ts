// A large layer (3,321 communes, ≈ 340,000 vertices) imported through
// "Nhập dữ liệu" is cut into vector tiles in the import worker and drawn
// from IndexedDB tile by tile: the user sees and clicks a commune, over-zoomed
// past the tiles' last zoom too, and after a reload it is still there —
// with its tiles stored and no GeoJSON blob.

import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { guardedBrowserForFile } from "./browser-session";
import { POLL, clickMapCentreUntilDetails, importFile, openApp, waitForMap } from "./app-page";
import { GRID, nationalCommunes } from "../../scripts/bench-data/national-communes";

const browserProfiles = guardedBrowserForFile();

// The centre of grid cell (col 18, row 53), commune index 53 × 41 + 18 = 2,191, "Xã mẫu 12191".
const CELL = { col: 18, row: 53 };
const CENTRE = {
  lon: GRID.west + ((CELL.col + 0.5) * (GRID.east - GRID.west)) / GRID.cols,
  lat: GRID.south + ((CELL.row + 0.5) * (GRID.north - GRID.south)) / GRID.rows,
};
const NAME = `Xã mẫu ${10_000 + CELL.row * GRID.cols + CELL.col}`;

/** Rows of the layer's map data in IndexedDB: its vector tiles and (absent for a tiled layer) its blob. */
function storedMapData(page: Page): Promise<{ tiles: number; blobs: number }> {
  return page.evaluate(
    () =>
      new Promise<{ tiles: number; blobs: number }>((resolve, reject) => {
        const open = indexedDB.open("ban-do-quoc-phong-an-ninh-xa");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(["layerTiles", "layerBlobs"]);
          const tiles = transaction.objectStore("layerTiles").count();
          const blobs = transaction.objectStore("layerBlobs").count();
          transaction.oncomplete = () => {
            resolve({ tiles: tiles.result, blobs: blobs.result });
            open.result.close();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

describe("a large imported layer", () => {
  test("is drawn from its vector tiles, clickable at any zoom, and still there after a reload", async () => {
    const session = await browserProfiles.openProfile();
    const page = await session.newPage();
    await openApp(page, { zoom: 11, ...CENTRE });
    await importFile(page, "xa-toan-quoc.geojson", nationalCommunes(25));
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Đã nhập 3.321 đối tượng" }).isVisible(), { ...POLL, timeout: 90_000 }).toBe(true);
    await clickMapCentreUntilDetails(page, NAME);
    const stored = await storedMapData(page);
    expect(stored.tiles).toBeGreaterThan(100);
    expect(stored.blobs).toBe(0);

    await openApp(page, { zoom: 14, ...CENTRE });
    await clickMapCentreUntilDetails(page, NAME);
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => page.getByRole("checkbox", { name: "xa-toan-quoc", exact: true }).isChecked(), POLL).toBe(true);
    await clickMapCentreUntilDetails(page, NAME);
  });
});
