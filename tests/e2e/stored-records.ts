// Reads the app's records as stored in the profile's IndexedDB, opening the
// sealed ones as an independent reader would: the data key unwrapped from the
// keyring in localStorage with the test passphrase (PBKDF2-SHA256), each
// record's `_sealed` bytes [format 1][IV 12][AES-GCM ciphertext] opened with
// the table name as additional data, then the record layout read back
// ([u32 JSON length][JSON][binary parts]; see src/store/crypto/). A row packed
// in a block (`_block: [block id, slot, size]`) is read from its block in
// `sealedBlocks`, sealed the same way with "<table>#khối" as additional data
// and holding an array of records. Blobs come back as byte arrays (what
// page.evaluate can return).

import type { Page } from "playwright-core";
import { TEST_PASSPHRASE } from "./app-page";

export function readStoredRecords(page: Page, storeNames: string[]): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    async ({ names, passphrase }) => {
      const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const keyring = JSON.parse(localStorage.getItem("device-keyring") ?? "null") as { salt: string; iterations: number; wrapIv: string; wrappedKey: string } | null;
      let key: CryptoKey | null = null;
      if (keyring) {
        const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase.normalize("NFC")), "PBKDF2", false, ["deriveKey"]);
        const kek = await crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: bytesOf(keyring.salt), iterations: keyring.iterations }, material, { name: "AES-GCM", length: 256 }, false, ["unwrapKey"]);
        key = await crypto.subtle.unwrapKey("raw", bytesOf(keyring.wrappedKey), kek, { name: "AES-GCM", iv: bytesOf(keyring.wrapIv) }, { name: "AES-GCM", length: 256 }, false, ["decrypt"]);
      }
      const unseal = async (additionalData: string, sealed: ArrayBuffer): Promise<unknown> => {
        const bytes = new Uint8Array(sealed);
        const plain = new Uint8Array(
          await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.subarray(1, 13), additionalData: new TextEncoder().encode(`ban-do-qpan/${additionalData}`) }, key!, bytes.subarray(13)),
        );
        const jsonLength = new DataView(plain.buffer).getUint32(0);
        const binaryStart = 4 + jsonLength;
        return JSON.parse(new TextDecoder().decode(plain.subarray(4, binaryStart)), (_name, current: Record<string, unknown> | null) => {
          if (current && typeof current === "object" && typeof current["\u0000bin"] === "number") {
            const start = binaryStart + (current.offset as number);
            return Array.from(plain.subarray(start, start + (current.length as number)));
          }
          if (current && typeof current === "object" && typeof current["\u0000date"] === "string") return current["\u0000date"];
          return current;
        });
      };
      const readAll = (database: IDBDatabase, storeName: string) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = database.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
      const open = async (database: IDBDatabase, storeName: string, value: unknown): Promise<unknown> => {
        const row = value as { _sealed?: unknown; _block?: [string, number] } | null;
        if (!key || !row || typeof row !== "object") return value;
        let record: unknown;
        if (row._sealed instanceof ArrayBuffer) record = await unseal(storeName, row._sealed);
        else if (Array.isArray(row._block)) {
          const blocks = (await readAll(database, "sealedBlocks")) as { id: string; _sealed: ArrayBuffer }[];
          const block = blocks.find((candidate) => candidate.id === row._block![0]);
          record = ((await unseal(`${storeName}#khối`, block!._sealed)) as unknown[])[row._block[1]];
        } else return value;
        // An auto-incremented key (outbox `seq`) is only in the clear part.
        return { ...(value as Record<string, unknown>), ...(record as Record<string, unknown>), _sealed: undefined, _block: undefined };
      };
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open("ban-do-quoc-phong-an-ninh-xa");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const result: Record<string, unknown[]> = {};
      for (const name of names) {
        const rows = await readAll(database, name);
        const opened = await Promise.all(rows.map((row) => open(database, name, row)));
        result[name] = await Promise.all(
          opened.map(async (row) => {
            const record = row as Record<string, unknown>;
            const plain = Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
            return record.blob instanceof Blob ? { ...plain, blob: Array.from(new Uint8Array(await record.blob.arrayBuffer())) } : plain;
          }),
        );
      }
      database.close();
      return result;
    },
    { names: storeNames, passphrase: TEST_PASSPHRASE },
  );
}
