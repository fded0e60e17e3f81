// Helpers for the drill and border end-to-end tests: drawing on the map by
// clicking at offsets from its centre, reading the app's IndexedDB stores
// as a person's browser profile holds them, and saving downloads.

import type { Download, Page } from "playwright-core";

export async function clickMapAt(page: Page, dx: number, dy: number): Promise<void> {
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("map has no box");
  await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
}

/** Every record of the given IndexedDB stores, sorted by id (photos as byte arrays). */
export function readStores(page: Page, stores: string[]): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (names) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("ban-do-quoc-phong-an-ninh-xa");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const result: Record<string, unknown[]> = {};
    for (const name of names) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
      const plain = await Promise.all(
        rows.map(async (row) => {
          const record = row as Record<string, unknown>;
          return record.blob instanceof Blob ? { ...record, blob: Array.from(new Uint8Array(await record.blob.arrayBuffer())) } : record;
        }),
      );
      result[name] = plain.sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
    }
    database.close();
    return result;
  }, stores);
}

export async function downloadTo(page: Page, click: () => Promise<void>, path: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  await download.saveAs(path);
  return download;
}
