// Helpers for the drill and border end-to-end tests: drawing on the map by
// clicking at offsets from its centre, reading the app's IndexedDB stores
// as a person's browser profile holds them, and saving downloads.

import type { Download, Page } from "playwright-core";
import { readStoredRecords } from "./stored-records";

export async function clickMapAt(page: Page, dx: number, dy: number): Promise<void> {
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("map has no box");
  await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
}

/** Every record of the given IndexedDB stores, opened (they are sealed at rest), sorted by id (photos as byte arrays). */
export async function readStores(page: Page, stores: string[]): Promise<Record<string, unknown[]>> {
  const result = await readStoredRecords(page, stores);
  for (const rows of Object.values(result)) rows.sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
  return result;
}

export async function downloadTo(page: Page, click: () => Promise<void>, path: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  await download.saveAs(path);
  return download;
}
