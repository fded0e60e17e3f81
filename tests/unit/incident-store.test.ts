// Incidents in IndexedDB (fake-indexeddb): every change writes the record,
// its history and its outbox entry together; the status lifecycle refuses
// illegal transitions without changing anything; delete is soft and
// restorable; photos and drafts survive reopening the database.

import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { AppDatabase } from "../../src/store/database";
import { IncidentRepository, IncidentStoreError, type IncidentInput } from "../../src/store/incidents/incident.repository";
import { OutboxRepository } from "../../src/store/outbox.repository";
import { AttachmentRepository } from "../../src/store/incidents/attachment.repository";
import { DraftRepository, NEW_INCIDENT_DRAFT } from "../../src/store/incidents/draft.repository";
import { IncidentSettingsRepository } from "../../src/store/incidents/incident-settings.repository";
import { fromOgcFeature, type IncidentOgcFeature } from "../../src/domain/incident-ogc-feature";

let database: AppDatabase;
let incidents: IncidentRepository;
let outbox: OutboxRepository;

const INPUT: IncidentInput = Object.freeze({
  kind: "incident",
  title: "Trộm trâu ở bãi chăn thả",
  category: "trom-cap",
  severity: "trung-binh",
  occurredAt: "2026-03-02T08:30:00.000Z",
  description: "Mất 2 con trâu.",
  involved: "Hộ ông Nguyễn Văn A",
  responsibleOfficer: "Trung úy Trần Đức Thắng",
  lon: 105.42,
  lat: 18.31,
  villageId: "village-01",
  villageName: "Thôn Phúc Thọ",
  communeName: "Xã Vũ Quang (dữ liệu mẫu)",
  warnings: [],
}) as IncidentInput;

beforeEach(() => {
  database = new AppDatabase(`test-${crypto.randomUUID()}`);
  incidents = new IncidentRepository(database);
  outbox = new OutboxRepository(database);
});

afterEach(async () => {
  await database.delete();
});

describe("create", () => {
  test("stores the record with a UUID, version 1, status Mới, a history entry and a POST outbox entry", async () => {
    const created = await incidents.create(INPUT, "Cán bộ A");
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ version: 1, status: "moi", deletedAt: null, createdBy: "Cán bộ A" });

    const reopened = new IncidentRepository(new AppDatabase(database.name));
    expect(await reopened.get(created.id)).toEqual(created);

    const history = await incidents.history(created.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "create", by: "Cán bộ A", version: 1 });
    expect(history[0].changes.find((change) => change.field === "title")).toEqual({ field: "title", before: null, after: INPUT.title });

    const [entry] = await outbox.pending();
    expect(entry).toMatchObject({ entity: "incident", entityId: created.id, operation: "create", method: "POST", path: "/collections/incidents/items", baseVersion: 0, version: 1 });
    expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
    const feature = entry.payload as IncidentOgcFeature;
    expect(feature).toMatchObject({ type: "Feature", id: created.id, geometry: { type: "Point", coordinates: [105.42, 18.31] } });
    expect(feature.properties).toMatchObject({ updatedAt: created.updatedAt, version: 1, category: "trom-cap" });
    expect(fromOgcFeature(feature)).toEqual(created);
  });

  test("photos are stored as blobs with the record, each with its own outbox entry", async () => {
    const blob = new Blob([new Uint8Array(2048)], { type: "image/jpeg" });
    const created = await incidents.create(INPUT, "Cán bộ A", [{ fileName: "hien-truong.jpg", type: "image/jpeg", width: 800, height: 600, blob }]);
    const [photo] = await new AttachmentRepository(database).forIncident(created.id);
    expect(created.attachmentIds).toEqual([photo.id]);
    expect(photo).toMatchObject({ fileName: "hien-truong.jpg", size: 2048, width: 800 });
    expect(photo.blob.size).toBe(2048);
    const entries = await outbox.pending();
    expect(entries.map((entry) => entry.entity)).toEqual(["incident", "incident-attachment"]);
    expect(entries[1].path).toBe(`/collections/incidents/items/${created.id}/attachments/${photo.id}`);
  });
});

describe("update and history", () => {
  test("an edit bumps the version, records who changed what, and queues a PUT based on the old version", async () => {
    const created = await incidents.create(INPUT, "Cán bộ A");
    const updated = await incidents.update(created.id, { severity: "cao", description: "Mất 3 con trâu." }, "Cán bộ B");
    expect(updated).toMatchObject({ version: 2, severity: "cao", updatedBy: "Cán bộ B", createdBy: "Cán bộ A" });
    const history = await incidents.history(created.id);
    expect(history.map((entry) => entry.action)).toEqual(["create", "update"]);
    expect(history[1].by).toBe("Cán bộ B");
    expect(history[1].changes).toEqual([
      { field: "severity", before: "trung-binh", after: "cao" },
      { field: "description", before: "Mất 2 con trâu.", after: "Mất 3 con trâu." },
    ]);
    const entries = await outbox.forEntity(created.id);
    expect(entries.map((entry) => [entry.operation, entry.method, entry.baseVersion, entry.version])).toEqual([
      ["create", "POST", 0, 1],
      ["update", "PUT", 1, 2],
    ]);
    expect(entries[1].path).toBe(`/collections/incidents/items/${created.id}`);
  });

  test("the status cannot be changed through an edit", async () => {
    const created = await incidents.create(INPUT, "Cán bộ A");
    await expect(incidents.update(created.id, { status: "da-giai-quyet" } as never, "Cán bộ A")).rejects.toThrow(IncidentStoreError);
  });
});

describe("status lifecycle", () => {
  test("legal transitions are recorded; an illegal one is refused in Vietnamese and changes nothing", async () => {
    const created = await incidents.create(INPUT, "Cán bộ A");
    await expect(incidents.changeStatus(created.id, "da-giai-quyet", "Cán bộ A")).rejects.toThrow(/Không thể chuyển trạng thái từ "Mới" sang "Đã giải quyết"/);
    expect(await incidents.get(created.id)).toEqual(created);
    expect(await outbox.countPending()).toBe(1);

    await incidents.changeStatus(created.id, "dang-xac-minh", "Cán bộ A");
    await incidents.changeStatus(created.id, "dang-xu-ly", "Cán bộ A");
    const resolved = await incidents.changeStatus(created.id, "da-giai-quyet", "Cán bộ A");
    expect(resolved).toMatchObject({ status: "da-giai-quyet", version: 4 });
    const history = await incidents.history(created.id);
    expect(history.at(-1)?.changes).toEqual([{ field: "status", before: "dang-xu-ly", after: "da-giai-quyet" }]);
  });
});

describe("soft delete and restore", () => {
  test("delete keeps the record (deletedAt set), refuses edits until restored, and queues both changes", async () => {
    const created = await incidents.create(INPUT, "Cán bộ A");
    const deleted = await incidents.softDelete(created.id, "Cán bộ A");
    expect(deleted.deletedAt).not.toBeNull();
    expect((await incidents.list()).map((record) => record.id)).toEqual([created.id]);
    await expect(incidents.update(created.id, { title: "x" }, "Cán bộ A")).rejects.toThrow("khôi phục trước khi sửa");
    await expect(incidents.softDelete(created.id, "Cán bộ A")).rejects.toThrow("đã bị xóa trước đó");

    const restored = await incidents.restore(created.id, "Cán bộ A");
    expect(restored).toMatchObject({ deletedAt: null, version: 3, title: INPUT.title });
    const entries = await outbox.forEntity(created.id);
    expect(entries.map((entry) => entry.operation)).toEqual(["create", "delete", "restore"]);
    expect((entries[1].payload as IncidentOgcFeature).properties.deletedAt).toBe(deleted.deletedAt);
    expect((await incidents.history(created.id)).map((entry) => entry.action)).toEqual(["create", "delete", "restore"]);
    await expect(incidents.restore(created.id, "Cán bộ A")).rejects.toThrow("chưa bị xóa");
  });
});

describe("drafts and settings", () => {
  test("a draft with its typed coordinate text and photos survives reopening the database", async () => {
    const drafts = new DraftRepository(database);
    const blob = new Blob([new Uint8Array(10)], { type: "image/jpeg" });
    await drafts.save({ id: NEW_INCIDENT_DRAFT, coordinateText: "X=2025018 Y=4912", fields: { title: "Đang gõ dở" }, photos: [{ fileName: "a.jpg", type: "image/jpeg", width: 1, height: 1, blob }] });
    const reopened = new DraftRepository(new AppDatabase(database.name));
    const draft = await reopened.get(NEW_INCIDENT_DRAFT);
    expect(draft).toMatchObject({ coordinateText: "X=2025018 Y=4912", fields: { title: "Đang gõ dở" } });
    expect(draft?.photos[0].blob.size).toBe(10);
    await reopened.discard(NEW_INCIDENT_DRAFT);
    expect(await drafts.get(NEW_INCIDENT_DRAFT)).toBeUndefined();
  });

  test("settings start from the DOMAIN.md categories and keep what the officer changes", async () => {
    const settings = new IncidentSettingsRepository(database);
    const initial = await settings.load();
    expect(initial.categories.map((category) => category.id)).toContain("vuot-bien-trai-phep");
    await settings.save({ hotspotProximityMetres: 800, categories: [...initial.categories, { id: "trom-gia-suc", label: "Trộm gia súc" }] });
    const again = await new IncidentSettingsRepository(new AppDatabase(database.name)).load();
    expect(again.hotspotProximityMetres).toBe(800);
    expect(again.categories.at(-1)).toEqual({ id: "trom-gia-suc", label: "Trộm gia súc" });
  });
});
