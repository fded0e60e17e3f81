// The rule "a worker that touches sealed tables must first obtain the data
// key" is enforced, not just written down: a worker realm starts without a key
// (whether or not it called requireDataKey()), so its first read or write of an
// encrypted table fails with a Vietnamese error — it never stores a clear
// record in the encrypted database, nor hands out a sealed one as garbage.
// Clear tables still work, and once handed the page's key the worker's
// records are sealed like the page's. A page-side realm left in plaintext
// mode that meets a sealed record fails the same way.

import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, beforeEach, expect, test, vi } from "vitest";

/** This Node realm, seen as a worker: `self instanceof WorkerGlobalScope` holds, as in a Web Worker. */
class FakeWorkerGlobalScope {
  static [Symbol.hasInstance](value: unknown): boolean {
    return value === globalThis;
  }
}

const MARKER = "Trần Thị Bí Mật 5820";
let name = "";

beforeEach(() => {
  name = `worker-key-${crypto.randomUUID()}`;
  vi.resetModules();
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await Dexie.delete(name);
});

function rawIncidents(): Promise<unknown[]> {
  const plain = new Dexie(name);
  plain.version(1).stores({});
  return plain.open().then(async () => {
    const values = await new Promise<unknown[]>((resolve, reject) => {
      const request = plain.backendDB().transaction("incidents").objectStore("incidents").getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
    plain.close();
    return values;
  });
}

test("a worker that was not handed the data key cannot read or write an encrypted table, and says why in Vietnamese", async () => {
  vi.stubGlobal("WorkerGlobalScope", FakeWorkerGlobalScope);
  const { AppDatabase } = await import("../../src/store/database");
  const { DataKeyMissingError, requireDataKey, setDataKey } = await import("../../src/store/crypto/data-key");
  const { createKeyring } = await import("../../src/store/crypto/keyring");
  const database = new AppDatabase(name);
  await database.open();

  const write = database.table("incidents").put({ id: "a", title: MARKER, updatedAt: "2026-03-01" });
  await expect(write).rejects.toBeInstanceOf(DataKeyMissingError);
  await expect(write).rejects.toThrow(/chưa nhận khóa dữ liệu.*“incidents”/);
  requireDataKey(); // what a well-behaved worker calls at its start changes nothing: still no key
  await expect(database.table("incidents").toArray()).rejects.toBeInstanceOf(DataKeyMissingError);
  await expect(database.table("incidents").get("a")).rejects.toBeInstanceOf(DataKeyMissingError);
  expect(await rawIncidents()).toEqual([]);

  // Public tables need no key.
  await database.table("adminFiles").put({ path: "x", text: "công khai" });
  expect(await database.table("adminFiles").get("x")).toEqual({ path: "x", text: "công khai" });

  // Handed the page's key, the worker seals like the page.
  setDataKey((await createKeyring("mật khẩu kiểm thử", 1_000)).key);
  await database.table("incidents").put({ id: "a", title: MARKER, updatedAt: "2026-03-01" });
  expect(await database.table("incidents").get("a")).toEqual({ id: "a", title: MARKER, updatedAt: "2026-03-01" });
  expect(JSON.stringify(await rawIncidents())).not.toContain("Bí Mật");
  database.close();
});

test("a page realm in plaintext mode that meets a sealed record fails instead of returning it unopened", async () => {
  const { AppDatabase } = await import("../../src/store/database");
  const dataKey = await import("../../src/store/crypto/data-key");
  const { createKeyring } = await import("../../src/store/crypto/keyring");
  expect(dataKey.dataKeyState().kind).toBe("plaintext");
  const database = new AppDatabase(name);
  await database.open();
  dataKey.setDataKey((await createKeyring("mật khẩu kiểm thử", 1_000)).key);
  await database.table("incidents").put({ id: "a", title: MARKER, updatedAt: "2026-03-01" });
  database.close();

  vi.resetModules(); // a fresh realm: plaintext, no key
  const fresh = await import("../../src/store/database");
  const freshKey = await import("../../src/store/crypto/data-key");
  const again = new fresh.AppDatabase(name);
  await again.open();
  await expect(again.table("incidents").toArray()).rejects.toBeInstanceOf(freshKey.DataKeyMissingError);
  await expect(again.table("incidents").get("a")).rejects.toBeInstanceOf(freshKey.DataKeyMissingError);
  again.close();
});
