// Incidents packed in blocks (src/store/crypto/sealed-blocks.ts,
// sealed-block-packing.ts): after packing, the rows hold only their key,
// indexes and a block reference; every read path gives the same records;
// a save seals the record on its own again; stale and empty blocks are
// repacked and deleted; a row pointed at another record's slot, or at a
// missing block, fails in Vietnamese instead of reading the wrong incident.

import "fake-indexeddb/auto";
import { describe, expect, test } from "vitest";
import { SEALED_FIELD } from "../../src/store/crypto/encryption-middleware";
import { BLOCK_FIELD, BLOCK_SIZE, SEALED_BLOCKS_TABLE, SealedBlockError } from "../../src/store/crypto/sealed-blocks";
import { packSealedRecords } from "../../src/store/crypto/sealed-block-packing";
import { startSealedPacking } from "../../src/store/crypto/sealed-packing-schedule";
import { useEncryptedDatabase } from "./support/encrypted-database";

const MARKER = "Lò Văn Khối Kín 5820";
const current = useEncryptedDatabase("packing");

type Incident = { id: string; title: string; updatedAt: string; severity: string; when: Date };

const incident = (i: number): Incident => ({
  id: `i${String(i).padStart(5, "0")}`,
  title: `${MARKER} số ${i}`,
  updatedAt: `2026-03-${String(1 + (i % 28)).padStart(2, "0")}T00:00:00.000Z`,
  severity: i % 3 === 0 ? "cao" : "thap",
  when: new Date(Date.UTC(2026, 2, 1, 0, i)),
});

/** Runs `work` on the raw IndexedDB, below Dexie and the middleware. */
function raw<T>(storeName: string, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(current.name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = work(open.result.transaction(storeName, mode).objectStore(storeName));
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

const rawRows = (storeName: string) => raw(storeName, "readonly", (store) => store.getAll()) as Promise<Record<string, unknown>[]>;
const incidents = () => current.database.table<Incident, string>("incidents");

const records = Array.from({ length: 1_000 }, (_, i) => incident(i));

describe("sealed blocks", () => {
  test("packing leaves each row its key, its index and a block reference; every read path gives the same records", { timeout: 60_000 }, async () => {
    await incidents().bulkPut(records);
    expect(await packSealedRecords(current.database)).toEqual({ packed: 1_000, blocksWritten: Math.ceil(1_000 / BLOCK_SIZE), blocksDeleted: 0 });
    const rows = await rawRows("incidents");
    expect(rows.every((row) => Object.keys(row).sort().join() === [BLOCK_FIELD, "id", "updatedAt"].sort().join())).toBe(true);
    const blocks = await rawRows(SEALED_BLOCKS_TABLE);
    expect(blocks).toHaveLength(8);
    const asText = JSON.stringify([rows, blocks], (_key, value: unknown) => (value instanceof ArrayBuffer ? Array.from(new Uint8Array(value)) : value));
    expect(asText.includes(MARKER)).toBe(false);

    expect(await incidents().toArray()).toEqual(records);
    expect(await incidents().get("i00517")).toEqual(records[517]);
    expect(await incidents().bulkGet(["i00003", "nope", "i00999"])).toEqual([records[3], undefined, records[999]]);
    expect(await incidents().where("id").between("i00120", "i00140").toArray()).toEqual(records.slice(120, 140));
    expect(await incidents().where("updatedAt").equals("2026-03-05T00:00:00.000Z").toArray()).toEqual(records.filter((record) => record.updatedAt.startsWith("2026-03-05")));
    expect(await incidents().offset(250).limit(10).toArray()).toEqual(records.slice(250, 260));
    expect((await incidents().filter((record) => record.severity === "cao").toArray()).length).toBe(334);
    const walked: string[] = [];
    await incidents().each((record) => walked.push(record.title));
    expect(walked).toEqual(records.map((record) => record.title));
    expect(await incidents().count()).toBe(1_000);
  });

  test("a saved record is sealed on its own again; modify, explicit transactions and deletes work on packed rows", { timeout: 60_000 }, async () => {
    await incidents().bulkPut(records);
    await packSealedRecords(current.database);
    await incidents().put({ ...records[10], title: "sửa sau khi xếp khối" });
    await incidents().where("id").between("i00020", "i00025").modify({ severity: "khan" });
    await current.database.transaction("rw", incidents(), async () => {
      const stored = await incidents().get("i00300");
      await incidents().put({ ...stored!, title: `${stored!.title} (đã xác minh)` });
    });
    await incidents().delete("i00400");
    const byId = new Map((await rawRows("incidents")).map((row) => [row.id, row]));
    for (const id of ["i00010", "i00020", "i00024", "i00300"]) {
      expect(byId.get(id)?.[SEALED_FIELD], id).toBeInstanceOf(ArrayBuffer);
      expect(byId.get(id)?.[BLOCK_FIELD], id).toBeUndefined();
    }
    expect(byId.has("i00400")).toBe(false);
    expect(await incidents().get("i00010")).toMatchObject({ title: "sửa sau khi xếp khối" });
    expect(await incidents().get("i00022")).toMatchObject({ severity: "khan", title: records[22].title });
    expect(await incidents().get("i00300")).toMatchObject({ title: `${records[300].title} (đã xác minh)` });
    expect(await incidents().count()).toBe(999);
    expect((await incidents().toArray()).find((record) => record.id === "i00011")).toEqual(records[11]);
  });

  test("too few loose rows are left as they are; stale blocks are repacked and empty ones deleted", { timeout: 60_000 }, async () => {
    await incidents().bulkPut(records.slice(0, 300));
    expect(await packSealedRecords(current.database)).toEqual({ packed: 0, blocksWritten: 0, blocksDeleted: 0 });
    expect(await packSealedRecords(current.database, 1)).toMatchObject({ packed: 300, blocksWritten: 3 });
    // Block 1 (rows 0–127): all deleted. Block 2 (128–255): all but 20 deleted, so stale.
    await incidents().bulkDelete(records.slice(0, 128).map((record) => record.id));
    await incidents().bulkDelete(records.slice(128, 236).map((record) => record.id));
    expect(await packSealedRecords(current.database, 1)).toEqual({ packed: 20, blocksWritten: 1, blocksDeleted: 2 });
    expect(await rawRows(SEALED_BLOCKS_TABLE)).toHaveLength(2);
    expect(await incidents().toArray()).toEqual(records.slice(236, 300));
  });

  test("new records scattered among packed ones are packed together, and a small tail block is merged into the next pass", { timeout: 120_000 }, async () => {
    const many = Array.from({ length: 40 * BLOCK_SIZE }, (_, i) => incident(i));
    await incidents().bulkPut(many);
    await packSealedRecords(current.database);
    // 600 new ids spread over the whole key range (as random UUIDs would be): a few in every chunk.
    const scattered = Array.from({ length: 600 }, (_, i) => ({ ...incident(i * 8), id: `${incident(i * 8).id}x` }));
    await incidents().bulkPut(scattered);
    expect(await packSealedRecords(current.database)).toEqual({ packed: 600, blocksWritten: Math.ceil(600 / BLOCK_SIZE), blocksDeleted: 0 });
    // The 88-record tail of that pass (600 = 4 × 128 + 88) is not small enough to repack; 20 of its records left are.
    const tailIds = (await rawRows("incidents")).filter((row) => row[BLOCK_FIELD] && (row[BLOCK_FIELD] as number[])[2] === 88).map((row) => row.id as string);
    expect(tailIds).toHaveLength(88);
    await incidents().bulkDelete(tailIds.slice(20));
    const more = Array.from({ length: 500 }, (_, i) => ({ ...incident(i * 9 + 1), id: `${incident(i * 9 + 1).id}y` }));
    await incidents().bulkPut(more);
    expect(await packSealedRecords(current.database)).toEqual({ packed: 520, blocksWritten: Math.ceil(520 / BLOCK_SIZE), blocksDeleted: 1 });
    const expected = [...many, ...scattered.filter((record) => !tailIds.slice(20).includes(record.id)), ...more].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(await incidents().toArray()).toEqual(expected);
  });

  test("records saved or deleted while packing runs keep their new state", { timeout: 60_000 }, async () => {
    await incidents().bulkPut(records);
    const packing = packSealedRecords(current.database);
    const edited = records.slice(0, 1_000).filter((_, i) => i % 50 === 7).map((record) => ({ ...record, title: `${record.title} — sửa lúc đang xếp khối` }));
    for (const record of edited) await incidents().put(record);
    await incidents().bulkDelete(["i00100", "i00900"]);
    await packing;
    const expected = new Map(records.map((record) => [record.id, record]));
    for (const record of edited) expected.set(record.id, record);
    expected.delete("i00100");
    expected.delete("i00900");
    expect(await incidents().toArray()).toEqual([...expected.values()]);
    // A second pass packs what the first left loose, and reads stay the same.
    await packSealedRecords(current.database, 1);
    expect(await incidents().toArray()).toEqual([...expected.values()]);
  });

  test("a row pointed at another record's slot, or at a missing block, fails in Vietnamese; the rest still reads", { timeout: 60_000 }, async () => {
    await incidents().bulkPut(records.slice(0, 200));
    await packSealedRecords(current.database, 1);
    const rows = await rawRows("incidents");
    // Row i00005 now points where i00006 is.
    await raw("incidents", "readwrite", (store) => store.put({ ...rows[5], [BLOCK_FIELD]: rows[6][BLOCK_FIELD] }));
    await expect(incidents().get("i00005")).rejects.toThrow(SealedBlockError);
    await expect(incidents().toArray()).rejects.toThrow(/không khớp/);
    expect(await incidents().get("i00150")).toEqual(records[150]);
    const blockOf150 = (rows[150][BLOCK_FIELD] as [string])[0];
    await raw(SEALED_BLOCKS_TABLE, "readwrite", (store) => store.delete(blockOf150));
    await expect(incidents().get("i00150")).rejects.toThrow(/hồ sơ trình duyệt có thể đã bị sửa hoặc hỏng/);
    expect(await incidents().get("i00050")).toEqual(records[50]);
  });

  test("after unlocking, packing runs on its own, and again once enough new records were written", { timeout: 60_000 }, async () => {
    const many = Array.from({ length: 1_200 }, (_, i) => incident(i));
    await incidents().bulkPut(many.slice(0, 600));
    const stop = startSealedPacking(current.database, 10);
    const packedRows = async () => (await rawRows("incidents")).filter((row) => row[BLOCK_FIELD]).length;
    try {
      await expect.poll(packedRows, { timeout: 20_000 }).toBe(600);
      // Fewer new records than PACK_FROM: no new pass.
      await incidents().bulkPut(many.slice(600, 700));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await packedRows()).toBe(600);
      await incidents().bulkPut(many.slice(700));
      await expect.poll(packedRows, { timeout: 20_000 }).toBe(1_200);
    } finally {
      stop();
    }
    expect(await incidents().toArray()).toEqual(many);
  });
});
