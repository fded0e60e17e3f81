// Records at rest: the encryption middleware seals every record of every table
// not on the clear list, leaves only the primary key and indexed properties
// readable, opens records on every read path (get, bulkGet, query, cursor
// with a filter), keeps explicit read-then-write transactions working, and
// refuses every read or write of an encrypted table while locked. Also: no
// index of the schema may hold content (the index-leak check).

import "fake-indexeddb/auto";
import Dexie from "dexie";
import { describe, expect, test } from "vitest";
import { AppDatabase } from "../../src/store/database";
import { dropDataKey, setDataKey, StoreLockedError } from "../../src/store/crypto/data-key";
import { CLEAR_TABLE_NAMES } from "../../src/store/crypto/clear-tables";
import { SEALED_FIELD } from "../../src/store/crypto/encryption-middleware";
import { SEALED_BLOCKS_TABLE } from "../../src/store/crypto/sealed-blocks";
import { useEncryptedDatabase } from "./support/encrypted-database";
import { encryptExistingRecords } from "../../src/store/crypto/encrypt-existing-records";
import { VECTOR_TILE_MAX_ZOOM } from "../../src/io/vector-tiles/cut-vector-tiles";

const MARKER = "Nguyễn Văn Bí Mật 7391";
const current = useEncryptedDatabase("encryption");

/** The stored values exactly as IndexedDB holds them, read without Dexie. */
function rawValues(storeName: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(current.name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction(storeName).objectStore(storeName).getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result as unknown[]);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

function containsMarker(values: unknown[]): boolean {
  return values.some((value) => JSON.stringify(value, (_key, current: unknown) => (current instanceof ArrayBuffer ? Array.from(new Uint8Array(current)) : current)).includes(MARKER));
}

const incident = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `${MARKER} ${id}`, updatedAt: `2026-03-0${id.length}T00:00:00.000Z`, nested: { when: new Date("2026-03-02T08:30:00Z") }, ...extra });

describe("the encryption middleware", () => {
  test("stores only the primary key, the indexed properties and the sealed record", async () => {
    await current.database.table("incidents").put(incident("a"));
    const [stored] = (await rawValues("incidents")) as Record<string, unknown>[];
    expect(Object.keys(stored).sort()).toEqual([SEALED_FIELD, "id", "updatedAt"].sort());
    expect(stored[SEALED_FIELD]).toBeInstanceOf(ArrayBuffer);
    expect(containsMarker([stored])).toBe(false);
    expect(await current.database.table("incidents").get("a")).toEqual(incident("a"));
  });

  test("opens records on every read path: bulkGet, index query, toArray, a filtered cursor, sortBy", async () => {
    const table = current.database.table("incidents");
    await table.bulkPut([incident("a"), incident("bb"), incident("ccc")]);
    expect(await table.bulkGet(["a", "ccc", "missing"])).toEqual([incident("a"), incident("ccc"), undefined]);
    expect(await table.where("updatedAt").above("2026-03-01T12:00").toArray()).toEqual([incident("bb"), incident("ccc")]);
    expect(await table.toArray()).toHaveLength(3);
    expect(await table.filter((record: { title: string }) => record.title.endsWith("bb")).toArray()).toEqual([incident("bb")]);
    expect((await table.orderBy("updatedAt").reverse().toArray()).map((record: { id: string }) => record.id)).toEqual(["ccc", "bb", "a"]);
    expect(await table.where("id").anyOf("a", "bb").count()).toBe(2);
  });

  test("a large read opens the batch in order: plain records, dates, binary parts and a NUL in a text side by side", { timeout: 120_000 }, async () => {
    const records = Array.from({ length: 6_000 }, (_, i) => {
      const id = `r${String(i).padStart(5, "0")}`;
      if (i % 97 === 0) return { id, title: `${MARKER}\u0000${i}`, updatedAt: "2026-03-01" };
      if (i % 89 === 0) return { id, when: new Date(Date.UTC(2026, 2, 1, 0, i)), updatedAt: "2026-03-01" };
      if (i % 83 === 0) return { id, bytes: new Uint8Array([i % 256, 1, 2]), updatedAt: "2026-03-01" };
      return { id, title: `${MARKER} ${i} "trích dẫn" \\ gạch`, updatedAt: "2026-03-01" };
    });
    await current.database.table("incidents").bulkPut(records);
    expect(await current.database.table("incidents").toArray()).toEqual(records);
    // Limits, offsets and ranges keep their meaning.
    expect(await current.database.table("incidents").limit(5_003).toArray()).toHaveLength(5_003);
    expect(await current.database.table("incidents").where("id").between("r00100", "r00200").toArray()).toEqual(records.slice(100, 200));
    expect(await current.database.table("incidents").where("id").above("r05150").toArray()).toEqual(records.slice(5_151));
    expect(await current.database.table("incidents").offset(4_990).limit(20).toArray()).toEqual(records.slice(4_990, 5_010));
    await current.database.transaction("rw", "incidents", async () => {
      const all = await current.database.table("incidents").toArray();
      await current.database.table("incidents").put({ ...all[1], title: "sửa trong giao dịch" });
    });
    expect(await current.database.table("incidents").get(records[1].id)).toMatchObject({ title: "sửa trong giao dịch" });
    expect(await current.database.table("incidents").where("updatedAt").equals("2026-03-01").primaryKeys()).toHaveLength(records.length);
  });

  test("index-only reads (count, primary keys, index keys) open nothing: they work on a tampered record", async () => {
    await current.database.table("incidents").bulkPut([incident("a"), incident("bb")]);
    const open = indexedDB.open(current.name);
    await new Promise<void>((resolve, reject) => {
      open.onsuccess = () => {
        const store = open.result.transaction("incidents", "readwrite").objectStore("incidents");
        store.put({ id: "bb", updatedAt: "2026-03-02T00:00:00.000Z", [SEALED_FIELD]: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]).buffer }).onsuccess = () => {
          open.result.close();
          resolve();
        };
      };
      open.onerror = () => reject(open.error);
    });
    const table = current.database.table("incidents");
    expect(await table.count()).toBe(2);
    expect(await table.toCollection().primaryKeys()).toEqual(["a", "bb"]);
    expect(await table.orderBy("updatedAt").keys()).toHaveLength(2);
    await expect(table.get("bb")).rejects.toThrow();
  });

  test("an explicit transaction may read (and wait for decryption) then write, then read again", async () => {
    const table = current.database.table("incidents");
    await table.put(incident("a", { version: 1 }));
    await current.database.transaction("rw", ["incidents", "incidentHistory", "outbox"], async () => {
      const stored = await table.get("a");
      await current.database.table("incidentHistory").put({ id: "h1", incidentId: "a", version: stored.version, snapshot: stored });
      await table.put({ ...stored, version: stored.version + 1 });
      const again = await table.get("a");
      await current.database.table("outbox").add({ id: "o1", entityId: "a", state: "pending", body: again });
    });
    expect((await table.get("a")).version).toBe(2);
    const [entry] = await current.database.table("outbox").toArray();
    expect(entry).toMatchObject({ seq: 1, id: "o1", entityId: "a", state: "pending", body: { version: 2, title: `${MARKER} a` } });
    expect(containsMarker(await rawValues("outbox"))).toBe(false);
    expect(containsMarker(await rawValues("incidentHistory"))).toBe(false);
  });

  test("modify and update go through the same sealing", async () => {
    const table = current.database.table("incidents");
    await table.bulkPut([incident("a"), incident("bb")]);
    await table.where("id").equals("a").modify((record: { title: string }) => {
      record.title = `${MARKER} sửa`;
    });
    await table.update("bb", { note: MARKER });
    expect(await table.get("a")).toMatchObject({ title: `${MARKER} sửa` });
    expect(await table.get("bb")).toMatchObject({ note: MARKER });
    expect(containsMarker(await rawValues("incidents"))).toBe(false);
  });

  test("blobs and array buffers are sealed as bytes and come back with their type", async () => {
    const photo = new Blob([new TextEncoder().encode(MARKER)], { type: "image/jpeg" });
    await current.database.table("incidentAttachments").put({ id: "p", incidentId: "a", blob: photo });
    await current.database.table("layerTiles").put({ layerId: "l", z: 1, x: 0, y: 1, data: new TextEncoder().encode(MARKER).buffer });
    expect(containsMarker(await rawValues("incidentAttachments"))).toBe(false);
    expect(containsMarker(await rawValues("layerTiles"))).toBe(false);
    const stored = await current.database.table("incidentAttachments").get("p");
    expect(stored.blob).toBeInstanceOf(Blob);
    expect(stored.blob.type).toBe("image/jpeg");
    expect(await stored.blob.text()).toBe(MARKER);
    const tile = await current.database.table("layerTiles").get(["l", 1, 0, 1]);
    expect(new TextDecoder().decode(tile.data)).toBe(MARKER);
  });

  test("tables on the clear list stay readable; every other table is sealed", async () => {
    await current.database.table("adminFiles").put({ path: "ha-tinh.geojson", text: MARKER });
    expect(containsMarker(await rawValues("adminFiles"))).toBe(true);
    // Blocks hold records sealed already, by the packer only (sealed-block-packing.test.ts).
    for (const table of current.database.tables.filter((table) => !CLEAR_TABLE_NAMES.has(table.name) && table.name !== SEALED_BLOCKS_TABLE)) {
      const primary = table.schema.primKey;
      const value: Record<string, unknown> = { note: MARKER };
      if (primary.keyPath && !primary.auto) {
        for (const path of Array.isArray(primary.keyPath) ? primary.keyPath : [primary.keyPath]) value[path] = path === "z" || path === "x" || path === "y" ? 1 : "k";
      }
      await table.put(value);
      expect(containsMarker(await rawValues(table.name)), table.name).toBe(false);
    }
  });

  test("records stored before encryption are read as they are, and sealed in place by the migration", async () => {
    current.database.close();
    await Dexie.delete(current.name);
    const plain = new Dexie(current.name);
    // The same schema, without the middleware: an older version of the app.
    plain.version(20).stores({ incidents: "id, updatedAt", adminFiles: "path" });
    await plain.table("incidents").bulkPut([incident("a"), incident("bb")]);
    plain.close();
    setDataKey(current.key);
    current.database = new AppDatabase(current.name);
    await current.database.open().catch(() => undefined);
    expect(containsMarker(await rawValues("incidents"))).toBe(true);
    const progress: number[] = [];
    await encryptExistingRecords(current.database, (done, total) => progress.push(done / Math.max(total, 1)));
    expect(containsMarker(await rawValues("incidents"))).toBe(false);
    expect(progress.at(-1)).toBe(1);
    expect(await current.database.table("incidents").get("bb")).toEqual(incident("bb"));
  });

  test("locked, every read or write of an encrypted table is refused; clear tables still work", async () => {
    await current.database.table("incidents").put(incident("a"));
    dropDataKey();
    await expect(current.database.table("incidents").get("a")).rejects.toBeInstanceOf(StoreLockedError);
    await expect(current.database.table("incidents").put(incident("b"))).rejects.toBeInstanceOf(StoreLockedError);
    await expect(current.database.table("incidents").toArray()).rejects.toBeInstanceOf(StoreLockedError);
    await current.database.table("adminFiles").put({ path: "x", text: "công khai" });
    expect(await current.database.table("adminFiles").get("x")).toEqual({ path: "x", text: "công khai" });
  });


  test("no index of an encrypted table holds content: only ids, timestamps, order and coarse keys stay readable", () => {
    // Every readable path, and why it reveals nothing of what the commune knows.
    const readable: Record<string, string> = {
      id: "a client-generated UUID",
      key: "a composed id (workspace/layer/feature UUIDs) or a settings name",
      seq: "the outbox's sequence number",
      layerId: "a UUID or a built-in layer's catalogue id",
      workspaceId: "the workspace's id: the official commune code, public",
      communeCodes: "the official codes of the communes a pulled layer feature waits for (held-layer-features.ts), public like workspaceId",
      incidentId: "a UUID",
      entityId: "a UUID",
      ownerId: "a UUID",
      markerId: "the number of a border marker, public in the marker register",
      index: "a feature's position in its file",
      order: "a layer's position in the panel",
      version: "an edit counter",
      state: "the outbox entry's state (pending/sent/failed)",
      status: "a download job's state",
      updatedAt: "a timestamp",
      createdAt: "a timestamp (an alert's)",
      recordingId: "a UUID (a live patrol recording's)",
      date: "the day an inspection or patrol was made",
      deadline: "a directive's deadline: a timestamp, like updatedAt (the directive's text and area are sealed)",
      z: "a tile's zoom",
      // Known and accepted (docs/features/device-security.md): a large imported layer's tiles stop at zoom 10,
      // so its readable footprint is a set of ≈ 37 km cells — which province, not which place.
      x: "a tile's column at zoom ≤ 10",
      y: "a tile's row at zoom ≤ 10",
    };
    expect(VECTOR_TILE_MAX_ZOOM).toBeLessThanOrEqual(10);
    // Blocks hold records sealed already, by the packer only (sealed-block-packing.test.ts).
    for (const table of current.database.tables.filter((table) => !CLEAR_TABLE_NAMES.has(table.name) && table.name !== SEALED_BLOCKS_TABLE)) {
      const paths = [table.schema.primKey, ...table.schema.indexes].flatMap((index) => (Array.isArray(index.keyPath) ? index.keyPath : index.keyPath ? [index.keyPath] : []));
      for (const path of paths) expect(Object.keys(readable), `${table.name}.${path} is readable at rest: is it content?`).toContain(path);
    }
  });
});
