// Records sealed before their transaction (src/store/crypto/presealed-records.ts):
// a presealed value is written without any WebCrypto call inside the
// transaction; a value changed after presealing, one with binary parts, or a
// preseal made under another key is sealed the usual way — what is stored is
// always the value given. A new incident is written this way.

import "fake-indexeddb/auto";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { createKeyring } from "../../src/store/crypto/keyring";
import { setDataKey } from "../../src/store/crypto/data-key";
import { presealRecords } from "../../src/store/crypto/presealed-records";
import { IncidentRepository } from "../../src/store/incidents/incident.repository";
import { useEncryptedDatabase } from "./support/encrypted-database";

const current = useEncryptedDatabase("preseal");
let otherKey: CryptoKey;

beforeAll(async () => {
  otherKey = (await createKeyring("mật khẩu khác", 1_000)).key;
});

afterEach(() => vi.restoreAllMocks());

const drafts = () => current.database.table("incidentDrafts");

/** WebCrypto encrypt calls made while `work` runs. */
async function encryptsDuring(work: () => Promise<unknown>): Promise<number> {
  const encrypt = vi.spyOn(crypto.subtle, "encrypt");
  await work();
  const calls = encrypt.mock.calls.length;
  encrypt.mockRestore();
  return calls;
}

describe("presealed records", () => {
  test("a presealed value is written with no encryption inside the transaction, and reads back", async () => {
    const draft = { id: "d1", title: "Trộm trâu ở bãi chăn thả", at: new Date("2026-03-02T08:30:00Z"), updatedAt: "2026-03-02" };
    await presealRecords([{ table: "incidentDrafts", value: draft }]);
    expect(await encryptsDuring(() => drafts().put(draft))).toBe(0);
    expect(await drafts().get("d1")).toEqual(draft);
    // Used once: the same value again is sealed anew (a fresh IV).
    expect(await encryptsDuring(() => drafts().put(draft))).toBe(1);
  });

  test("a value changed after presealing, a preseal under another key, or a record with binary parts is sealed as written", async () => {
    const draft = { id: "d2", title: "bản đầu", updatedAt: "2026-03-02" };
    await presealRecords([{ table: "incidentDrafts", value: draft }]);
    draft.title = "bản đã sửa";
    expect(await encryptsDuring(() => drafts().put(draft))).toBe(1);
    expect(await drafts().get("d2")).toMatchObject({ title: "bản đã sửa" });

    const another = { id: "d3", title: "khóa cũ", updatedAt: "2026-03-02" };
    setDataKey(otherKey);
    await presealRecords([{ table: "incidentDrafts", value: another }]);
    setDataKey(current.key);
    expect(await encryptsDuring(() => drafts().put(another))).toBe(1);
    expect(await drafts().get("d3")).toEqual(another);

    const withBytes = { id: "d4", bytes: new Uint8Array([1, 2, 3]), updatedAt: "2026-03-02" };
    await presealRecords([{ table: "incidentDrafts", value: withBytes }]);
    expect(await encryptsDuring(() => drafts().put(withBytes))).toBe(1);
    expect(await drafts().get("d4")).toEqual(withBytes);
  });

  test("a presealed value is only taken for its own table", async () => {
    const draft = { id: "d5", title: "bảng khác", updatedAt: "2026-03-02" };
    await presealRecords([{ table: "incidentSettings", value: draft }]);
    expect(await encryptsDuring(() => drafts().put(draft))).toBe(1);
    expect(await drafts().get("d5")).toEqual(draft);
  });

  test("a new incident's record, history and outbox entry are sealed before its transaction", async () => {
    const repository = new IncidentRepository(current.database);
    const input = {
      kind: "incident", title: "Trộm trâu ở bãi chăn thả", category: "trom-cap", severity: "trung-binh", occurredAt: "2026-03-02T08:30:00.000Z",
      description: "Mất 2 con trâu.", involved: "Hộ ông Nguyễn Văn A", responsibleOfficer: "Trung úy Trần Đức Thắng", lon: 105.42, lat: 18.31,
      villageId: null, villageName: null, communeName: null, warnings: [],
    } as unknown as Parameters<IncidentRepository["create"]>[0];
    const encrypt = vi.spyOn(crypto.subtle, "encrypt");
    let callsWhenTransactionStarted = -1;
    const database = current.database;
    const transaction = database.transaction.bind(database);
    vi.spyOn(database, "transaction").mockImplementation(((...args: unknown[]) => {
      callsWhenTransactionStarted = encrypt.mock.calls.length;
      return (transaction as (...values: unknown[]) => unknown)(...args);
    }) as typeof database.transaction);
    const created = await repository.create(input, "Trung úy Trần Đức Thắng");
    expect(callsWhenTransactionStarted).toBe(3);
    expect(encrypt.mock.calls.length).toBe(3);
    expect(await database.table("incidents").get(created.id)).toEqual(created);
    expect(await database.table("incidentHistory").where("incidentId").equals(created.id).count()).toBe(1);
    expect(await database.table("outbox").where("entityId").equals(created.id).count()).toBe(1);
  });
});
