// Everything a copied browser profile would hold for the app's origin, as
// bytes: every IndexedDB database, every store, every key and value (strings
// as UTF-8, ArrayBuffers, typed arrays and Blobs as their bytes), every Cache
// Storage entry (URL and body) and localStorage. For the device-security test.

import type { Page } from "playwright-core";

export async function dumpProfile(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const chunks: Uint8Array[] = [];
    const encoder = new TextEncoder();
    const text = (value: string) => chunks.push(encoder.encode(value + "\n"));
    const walk = async (value: unknown): Promise<void> => {
      if (value instanceof Blob) chunks.push(new Uint8Array(await value.arrayBuffer()));
      else if (value instanceof ArrayBuffer) chunks.push(new Uint8Array(value));
      else if (ArrayBuffer.isView(value)) chunks.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      else if (typeof value === "string") text(value);
      else if (value instanceof Date) text(value.toISOString());
      else if (Array.isArray(value)) for (const item of value) await walk(item);
      else if (value && typeof value === "object") {
        for (const [key, item] of Object.entries(value)) {
          text(key);
          await walk(item);
        }
      } else text(String(value));
    };
    const request = <T,>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
    for (const info of await indexedDB.databases()) {
      const database = await request(indexedDB.open(info.name!));
      text(`database ${database.name}`);
      for (const storeName of Array.from(database.objectStoreNames)) {
        text(`store ${storeName}`);
        const store = database.transaction(storeName).objectStore(storeName);
        await walk(await request(store.getAllKeys()));
        await walk(await request(store.getAll()));
      }
      database.close();
    }
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const key of await cache.keys()) {
        text(key.url);
        const response = await cache.match(key);
        if (response) chunks.push(new Uint8Array(await response.arrayBuffer()));
      }
    }
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      text(`${key}=${localStorage.getItem(key)}`);
    }
    const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    const all = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      all.set(chunk, offset);
      offset += chunk.byteLength;
    }
    // base64 in slices: String.fromCharCode(...all) would overflow the stack.
    let binary = "";
    for (let i = 0; i < all.length; i += 0x8000) binary += String.fromCharCode(...all.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return Buffer.from(base64, "base64");
}

/** The forms a string could take in a dump: UTF-8 (NFC and NFD), UTF-16 (both byte orders) and base64 of UTF-8 at each alignment. */
export function encodingsOf(marker: string): { name: string; bytes: Buffer }[] {
  const utf8 = Buffer.from(marker.normalize("NFC"), "utf8");
  const forms = [
    { name: "UTF-8", bytes: utf8 },
    { name: "UTF-8 NFD", bytes: Buffer.from(marker.normalize("NFD"), "utf8") },
    { name: "UTF-16LE", bytes: Buffer.from(marker, "utf16le") },
    { name: "UTF-16BE", bytes: Buffer.from(marker, "utf16le").swap16() },
  ];
  for (let skip = 0; skip < 3; skip++) {
    const encoded = utf8.subarray(skip).toString("base64").replace(/=+$/, "");
    // Only the characters fully determined by the marker's bytes, whatever precedes it.
    forms.push({ name: `base64 (+${skip})`, bytes: Buffer.from(encoded.slice(0, Math.floor(encoded.length / 4) * 4 - 4), "latin1") });
  }
  return forms;
}
