// The sync engine (src/store/sync) against an in-memory province server
// (MSW, unhandled requests are errors): the outbox replays in order and in
// batches of at most 1,000, failures back off with jitter and resume where
// they stopped, replays are idempotent, photos upload once, a 412 becomes a
// conflict with both versions, the pull pages with a stored cursor, and a
// pulled change never lands on a record with unsynced local edits.

import "fake-indexeddb/auto";
import { describe, expect, test } from "vitest";
import type { AppDatabase } from "../../src/store/database";
import type { IncidentInput } from "../../src/store/incidents/incident.repository";
import { outboxTable, type OutboxEntry } from "../../src/store/outbox.repository";
import { toOgcFeature } from "../../src/domain/incident-ogc-feature";
import { SyncSessionService } from "../../src/store/sync/sync-session";
import { MAX_BATCH } from "../../src/store/sync/outbox-replay";
import { SyncConflictRepository } from "../../src/store/sync/sync-conflicts.repository";
import { ConflictResolution } from "../../src/store/sync/conflict-resolution";
import { SyncStateRepository } from "../../src/store/sync/sync-state.repository";
import { watchTableChanges } from "../../src/store/table-changes";
import { retryDelayMs } from "../../src/store/sync/retry-delay";
import { DrillRepository } from "../../src/store/drills-border/drill.repository";
import { newDrillPlan } from "../../src/domain/drill-plan";
import { MarkerInspectionRepository } from "../../src/store/drills-border/marker-inspection.repository";
import { PatrolRepository } from "../../src/store/drills-border/patrol.repository";
import { DrillExchangeStore, type ApplyContext } from "../../src/store/drills-border/drill-exchange.store";
import { DirectivesAlertsRepository } from "../../src/store/sync/directives-alerts.repository";
import { WorkspaceFeatureRepository } from "../../src/store/layers/workspace-feature.repository";
import { WorkspaceRepository, workspaceTable } from "../../src/store/layers/workspace.repository";
import { heldCountsByCommune } from "../../src/store/layers/held-layer-features";
import type { WorkspaceRecord } from "../../src/domain/workspace";
import type { FakeProvinceServer } from "./sync/fake-province-server";
import { syncTestDevices, type SyncEngineOptions } from "./sync/sync-test-devices";

const INPUT = Object.freeze({
  kind: "incident",
  title: "Trộm cắp",
  category: "trom-cap",
  severity: "trung-binh",
  occurredAt: "2026-03-02T08:30:00.000Z",
  description: "Mô tả",
  involved: "",
  responsibleOfficer: "Đ/c Nam",
  lon: 105.05,
  lat: 18.05,
  villageId: null,
  villageName: null,
  communeName: null,
  warnings: [],
}) as IncidentInput;

const devices = syncTestDevices();
let fake: FakeProvinceServer;

async function connectedDevice(options: SyncEngineOptions = {}) {
  const device = await devices.connect(options);
  fake = device.fake;
  return device;
}

async function syntheticCreates(database: AppDatabase, count: number): Promise<string[]> {
  const at = new Date().toISOString();
  const entries: OutboxEntry[] = Array.from({ length: count }, (_, index) => {
    const id = crypto.randomUUID();
    return {
      id: crypto.randomUUID(), entity: "incident", entityId: id, operation: "create", method: "POST", path: "/collections/incidents/items",
      baseVersion: 0, version: 1, payload: { type: "Feature", id, geometry: { type: "Point", coordinates: [105, 18] }, properties: { title: `Vụ ${index}` } } as never,
      state: "pending", createdAt: at, updatedAt: at,
    };
  });
  await outboxTable(database).bulkAdd(entries);
  return entries.map((entry) => entry.id);
}

describe("outbox replay", () => {
  test("replays every change of a record in the order it was made, and the server ends on the last version", async () => {
    const { engine, incidents, outbox } = await connectedDevice();
    const created = await incidents.create(INPUT, "ca-a");
    await incidents.update(created.id, { title: "Sửa lần 1" }, "ca-a", 1);
    await incidents.update(created.id, { title: "Sửa lần 2" }, "ca-a", 2);
    const order = (await outbox.pending()).map((entry) => entry.id);

    const outcome = await engine.syncNow();

    expect(outcome.ok).toBe(true);
    expect(fake.batches).toEqual([order]);
    const stored = fake.items.get(`incidents/${created.id}`)!;
    expect(stored.version).toBe(3);
    expect(stored.feature.properties?.title).toBe("Sửa lần 2");
    expect(await outbox.countUnsynced()).toBe(0);
  });

  test("sends at most 1,000 entries a request, in order", { timeout: 60_000 }, async () => {
    const { database, engine, outbox } = await connectedDevice();
    const ids = await syntheticCreates(database, MAX_BATCH + 1);
    await engine.syncNow();
    expect(fake.batches.map((batch) => batch.length)).toEqual([1_000, 1]);
    expect(fake.batches.flat()).toEqual(ids);
    expect(await outbox.countUnsynced()).toBe(0);
  });

  test("a dropped connection mid-replay: what was acknowledged stays, the rest is sent on the next run, nothing twice", async () => {
    const { database, engine, outbox } = await connectedDevice({ batchSize: 2, random: () => 0 });
    const ids = await syntheticCreates(database, 5);
    fake.dropBatchNumbers.add(2);

    const failed = await engine.syncNow();
    expect(failed).toMatchObject({ ok: false, retryable: true });
    expect(fake.batches).toEqual([ids.slice(0, 2)]);
    expect(await outbox.countUnsynced()).toBe(3);

    expect((await engine.syncNow()).ok).toBe(true);
    expect(fake.batches).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
    expect(fake.count("incidents")).toBe(5);
    expect(await outbox.countUnsynced()).toBe(0);
  });

  test("the server did the work but the answer was lost: the replay gets the stored answers, nothing is applied twice", async () => {
    const { database, engine, outbox } = await connectedDevice({ random: () => 0 });
    const ids = await syntheticCreates(database, 3);
    fake.dropAfter = 1;

    const failed = await engine.syncNow();
    expect(failed).toMatchObject({ ok: false, retryable: true, message: "Không kết nối được máy chủ tỉnh" });
    expect(await outbox.countUnsynced()).toBe(3);
    expect(fake.count("incidents")).toBe(3);
    const versionsBefore = [...fake.items.values()].map((item) => item.version);

    const retried = await engine.syncNow();
    expect(retried.ok).toBe(true);
    expect(fake.batches).toEqual([ids, ids]);
    expect(fake.count("incidents")).toBe(3);
    expect([...fake.items.values()].map((item) => item.version)).toEqual(versionsBefore);
    expect(await outbox.countUnsynced()).toBe(0);
  });

  test("network down or 5xx: exponential backoff with jitter, stored for the status line, then resumes", async () => {
    const { database, engine, outbox } = await connectedDevice({ random: () => 1 });
    await syntheticCreates(database, 2);
    fake.unavailable = 1;
    fake.dropBefore = 0;
    const first = await engine.syncNow();
    expect(first).toMatchObject({ ok: false, retryable: true, retryInMs: 2_000, message: "Máy chủ tỉnh đang lỗi (mã 503)" });
    fake.dropBefore = 1;
    const second = await engine.syncNow();
    expect(second).toMatchObject({ ok: false, retryable: true, retryInMs: 4_000 });
    const progress = await new SyncStateRepository(database).progress();
    expect(progress.lastError).toBe("Không kết nối được máy chủ tỉnh");
    expect(Date.parse(progress.retryAt!)).toBeGreaterThan(Date.now());

    const third = await engine.syncNow();
    expect(third.ok).toBe(true);
    expect(await outbox.countUnsynced()).toBe(0);
    expect((await new SyncStateRepository(database).progress()).lastError).toBeNull();
  });

  test("retry delays double, are capped, and jitter between half and all of the step", () => {
    expect([0, 1, 2, 3].map((attempt) => retryDelayMs(attempt, () => 1))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(retryDelayMs(3, () => 0)).toBe(8_000);
    expect(retryDelayMs(30, () => 1)).toBe(300_000);
  });

  test("a photo uploads after its metadata; an interrupted upload is sent again, one photo on the server", async () => {
    const { engine, incidents, outbox } = await connectedDevice({ random: () => 0 });
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
    const created = await incidents.create(INPUT, "ca-a", [{ fileName: "hien-truong.jpg", type: "image/jpeg", width: 10, height: 10, blob: new Blob([bytes], { type: "image/jpeg" }) }]);
    fake.dropPhotoUploads = 1;

    expect((await engine.syncNow()).ok).toBe(false);
    expect(await outbox.countUnsynced()).toBe(1);
    expect(fake.photos.size).toBe(0);

    expect((await engine.syncNow()).ok).toBe(true);
    expect(fake.photoPuts).toBe(2);
    expect([...fake.photos.values()]).toEqual([bytes]);
    expect(fake.count("attachments")).toBe(1);
    expect(fake.items.get(`incidents/${created.id}`)?.version).toBe(1);
    expect(await outbox.countUnsynced()).toBe(0);
  });
});

describe("conflicts keep both versions", () => {
  test("412: the server's version is fetched, both kept, the record stays as edited here; the resolution is sent on the server's version", async () => {
    const { database, engine, incidents, outbox } = await connectedDevice();
    const created = await incidents.create(INPUT, "ca-a");
    await engine.syncNow();
    // Another device changes the title on the server; this one, offline, changes the description.
    fake.put("incidents", { ...toOgcFeature(created), properties: { ...toOgcFeature(created).properties, title: "Bản máy khác" } });
    await incidents.update(created.id, { description: "Mô tả máy này" }, "ca-a", 1);

    const outcome = await engine.syncNow();
    expect(outcome).toMatchObject({ ok: true, replay: { conflicts: 1 } });
    const [conflict] = await new SyncConflictRepository(database).list();
    expect(conflict.serverVersion).toBe(2);
    expect(conflict.server?.properties?.title).toBe("Bản máy khác");
    expect(conflict.local?.properties?.description).toBe("Mô tả máy này");
    expect((await incidents.get(created.id))?.description).toBe("Mô tả máy này");
    expect((await outbox.forEntity(created.id)).at(-1)?.state).toBe("conflict");
    expect(fake.items.get(`incidents/${created.id}`)?.feature.properties?.description).toBe("Mô tả");

    // Merge: the server's title, this device's description.
    await new ConflictResolution(database).resolve(conflict.id, { keep: "merged", fieldsFromServer: ["title"] });
    const pending = await outbox.pending();
    expect(pending).toHaveLength(1);
    expect(pending[0].baseVersion).toBe(2);
    await engine.syncNow();
    const onServer = fake.items.get(`incidents/${created.id}`)!;
    expect(onServer.version).toBe(3);
    expect(onServer.feature.properties).toMatchObject({ title: "Bản máy khác", description: "Mô tả máy này" });
    expect(await incidents.get(created.id)).toMatchObject({ title: "Bản máy khác", description: "Mô tả máy này", version: 3 });
    expect(await new SyncConflictRepository(database).list()).toEqual([]);
    expect(await outbox.countUnsynced()).toBe(0);
  });

  test("a pulled change never lands on a record with unsynced local edits: it becomes a conflict", async () => {
    const { database, engine, incidents } = await connectedDevice();
    const created = await incidents.create(INPUT, "ca-a");
    await engine.syncNow();
    await incidents.update(created.id, { title: "Sửa ở xã, chưa gửi" }, "ca-a", 1);
    fake.put("incidents", { ...toOgcFeature(created), properties: { ...toOgcFeature(created).properties, title: "Sửa ở đồn" } });
    // Only the pull reaches the server: the outbox request is lost.
    fake.dropBatchNumbers.add(1);
    const { ChangesPull } = await import("../../src/store/sync/changes-pull");
    const http = (await new SyncSessionService(database).resume())!;
    await new ChangesPull(database, http).run();

    expect((await incidents.get(created.id))?.title).toBe("Sửa ở xã, chưa gửi");
    const [conflict] = await new SyncConflictRepository(database).list();
    expect(conflict).toMatchObject({ serverId: created.id, serverVersion: 2, source: "pull" });
    expect(conflict.server?.properties?.title).toBe("Sửa ở đồn");
    expect(conflict.local?.properties?.title).toBe("Sửa ở xã, chưa gửi");
  });

  test("a deletion against an edit is a conflict too; keeping the server's version applies the deletion", async () => {
    const { database, engine, incidents } = await connectedDevice();
    const created = await incidents.create(INPUT, "ca-a");
    await engine.syncNow();
    await incidents.update(created.id, { title: "Sửa" }, "ca-a", 1);
    fake.put("incidents", { ...toOgcFeature(created), properties: { ...toOgcFeature(created).properties, deletedAt: "2026-03-03T00:00:00.000Z" } });
    await engine.syncNow();
    const [conflict] = await new SyncConflictRepository(database).list();
    expect(conflict.server?.properties?.deletedAt).toBe("2026-03-03T00:00:00.000Z");
    await new ConflictResolution(database).resolve(conflict.id, { keep: "server" });
    expect((await incidents.get(created.id))?.deletedAt).toBe("2026-03-03T00:00:00.000Z");
  });
});

describe("pull", () => {
  test("pages with the stored cursor into IndexedDB, and the next pull starts where the last stopped", async () => {
    const { database, engine, incidents } = await connectedDevice({ pageSize: 1_000 });
    for (let index = 0; index < 2_500; index += 1) {
      fake.put("incidents", { ...toOgcFeature({ ...INPUT, id: crypto.randomUUID(), status: "moi", attachmentIds: [], createdAt: "2026-01-01T00:00:00.000Z", createdBy: "dbp", updatedAt: "2026-01-01T00:00:00.000Z", updatedBy: "dbp", version: 1, deletedAt: null, title: `Vụ ${index}` }) });
    }
    const outcome = await engine.syncNow();
    expect(outcome).toMatchObject({ ok: true, pull: { applied: 2_500, pages: 3 } });
    expect(fake.changesRequests).toEqual(["?since=0&limit=1000", "?since=1000&limit=1000", "?since=2000&limit=1000"]);
    expect((await incidents.list()).length).toBe(2_500);
    expect((await new SyncStateRepository(database).progress()).cursor).toBe("2500");
    // Incidents carry their version in the record: no second, sealed row per record in syncVersions.
    expect(await database.table("syncVersions").count()).toBe(0);

    fake.changesRequests = [];
    await engine.syncNow();
    expect(fake.changesRequests).toEqual(["?since=2500&limit=1000"]);
  });

  test("a layer feature lands in the workspace holding its commune (a border station's holds several); with none, it waits — never in the sample or another commune — and moves into the commune's workspace when it is created", async () => {
    const { database, engine } = await connectedDevice();
    const at = "2026-03-01T00:00:00.000Z";
    const commune = (code: string) => ({ code, fullName: `Xã ${code}`, provinceCode: "42", provinceName: "Tỉnh thử" });
    const workspace = (id: string, kind: WorkspaceRecord["kind"], codes: string[]): WorkspaceRecord => ({ id, kind, name: id, communes: codes.map(commune), bbox: [105, 18, 106, 19], createdAt: at, updatedAt: at });
    await workspaceTable(database).bulkPut([workspace("mau", "sample", ["42003"]), workspace("tram-ab", "communes", ["42001", "42002"])]);
    const post = (code: string) => fake.put("militia-post", { type: "Feature", id: crypto.randomUUID(), geometry: { type: "Point", coordinates: [105.5, 18.5] }, properties: { name: `Chốt ${code}`, communeCodes: [code] } }).feature;
    const ofB = post("42002");
    const ofC = post("42003");

    expect(await engine.syncNow()).toMatchObject({ ok: true });
    const placed = async () => (await database.table("workspaceFeatures").toArray()).map((record) => record.key).sort();
    expect(await placed()).toEqual([`tram-ab/${ofB.id}`]);
    expect(await heldCountsByCommune(database)).toEqual(new Map([["42003", 1]]));

    await new WorkspaceRepository(database).create(workspace("xa-42003", "communes", ["42003"]), []);
    expect(await placed()).toEqual([`tram-ab/${ofB.id}`, `xa-42003/${ofC.id}`].sort());
    expect(await database.table("workspaceFeatures").get(`xa-42003/${ofC.id}`)).toMatchObject({ layerId: "militia-post", version: 1, properties: { name: "Chốt 42003", id: ofC.id } });
    expect(await heldCountsByCommune(database)).toEqual(new Map());
  });

  test("the next page is requested while the previous one is written; a connection dropped on it keeps the page in hand and its cursor", async () => {
    const { database, engine, incidents } = await connectedDevice({ pageSize: 2, random: () => 0 });
    for (let index = 0; index < 6; index += 1) {
      fake.put("incidents", { ...toOgcFeature({ ...INPUT, id: crypto.randomUUID(), status: "moi", attachmentIds: [], createdAt: "2026-01-01T00:00:00.000Z", createdBy: "dbp", updatedAt: "2026-01-01T00:00:00.000Z", updatedBy: "dbp", version: 1, deletedAt: null, title: `Vụ ${index}` }) });
    }
    const requestsAtCommit: number[] = [];
    const stopWatching = watchTableChanges(database, "syncState", () => requestsAtCommit.push(fake.changesRequests.length));
    expect(await engine.syncNow()).toMatchObject({ ok: true, pull: { applied: 6, pages: 3 } });
    stopWatching();
    // When page 1 (and its cursor) was committed, page 2 had been asked for already.
    expect(requestsAtCommit[0]).toBe(2);
    expect((await incidents.list()).length).toBe(6);

    for (let index = 0; index < 4; index += 1) {
      fake.put("incidents", { ...toOgcFeature({ ...INPUT, id: crypto.randomUUID(), status: "moi", attachmentIds: [], createdAt: "2026-01-01T00:00:00.000Z", createdBy: "dbp", updatedAt: "2026-01-01T00:00:00.000Z", updatedBy: "dbp", version: 1, deletedAt: null, title: `Vụ mới ${index}` }) });
    }
    // The connection drops on the prefetched page: the page in hand is still written, with its cursor.
    fake.onChangesRequest = () => {
      fake.dropBefore = 1;
      fake.onChangesRequest = () => undefined;
    };
    fake.changesRequests = [];
    expect(await engine.syncNow()).toMatchObject({ ok: false, retryable: true });
    expect(fake.changesRequests).toEqual(["?since=6&limit=2"]);
    expect((await incidents.list()).length).toBe(8);
    expect((await new SyncStateRepository(database).progress()).cursor).toBe("8");
    fake.changesRequests = [];
    expect(await engine.syncNow()).toMatchObject({ ok: true, pull: { applied: 2, pages: 1 } });
    expect(fake.changesRequests).toEqual(["?since=8&limit=2"]);
    expect((await incidents.list()).length).toBe(10);
  });

  test("drill plans queue their changes in the plan's transaction and come back from the server", async () => {
    const { database, engine } = await connectedDevice();
    const drills = new DrillRepository(database);
    const plan = newDrillPlan(crypto.randomUUID(), "2026-03-01T00:00:00.000Z", { name: "Diễn tập A", type: "phong-thu" as never, date: "2026-04-01", hHour: "07:00" });
    const saved = await drills.save(plan);
    await drills.save({ ...saved, name: "Diễn tập A (sửa)" });
    await engine.syncNow();
    const onServer = fake.items.get(`drills/${plan.id}`)!;
    expect(onServer.version).toBe(2);
    expect(onServer.feature.properties?.name).toBe("Diễn tập A (sửa)");
    expect(fake.batches.flat()).toHaveLength(2);
  });
});

describe("border coordination, directives and alerts", () => {
  test("the station's inspections pulled from the server join the marker register; patrols too", async () => {
    const { database, engine } = await connectedDevice();
    fake.put("marker-inspections", {
      type: "Feature", id: crypto.randomUUID(), geometry: { type: "Point", coordinates: [] },
      properties: { markerId: "cot-moc-487", date: "2026-02-01", inspector: "Đồn Biên phòng", condition: "tot", responsibleTeam: "Tổ 1", notes: "", photoIds: [], updatedAt: "2026-02-01T00:00:00.000Z", revisions: ["2026-02-01T00:00:00.000Z"], communeCodes: ["42001"], deletedAt: null },
    });
    await engine.syncNow();
    const inspections = await new MarkerInspectionRepository(database).list();
    expect(inspections).toHaveLength(1);
    expect(inspections[0]).toMatchObject({ markerId: "cot-moc-487", inspector: "Đồn Biên phòng" });
    expect(inspections[0]).not.toHaveProperty("communeCodes");
    // An inspection has no version of its own: the server's is kept for its next change's If-Match.
    expect(await database.table("syncVersions").get(`marker-inspections/${inspections[0].id}`)).toEqual({ key: `marker-inspections/${inspections[0].id}`, version: 1 });
  });

  test("an inspection reaches the server at its marker's point, or where the inspector stood when no workspace holds the marker", async () => {
    const { database, engine } = await connectedDevice();
    const at = "2026-03-01T00:00:00.000Z";
    await workspaceTable(database).put({ id: "xa-42001", kind: "communes", name: "Xã A", communes: [{ code: "42001", fullName: "Xã A", provinceCode: "42", provinceName: "Tỉnh thử" }], bbox: [105, 18, 106, 19], createdAt: at, updatedAt: at });
    const marker = await new WorkspaceFeatureRepository(database).create("xa-42001", "border-marker", { geometry: { type: "Point", coordinates: [105.25, 18.75] }, properties: { number: 487 } }, "ca-a");
    const inspections = new MarkerInspectionRepository(database);
    const common = { date: "2026-03-01", inspector: "Đ/c Nam", condition: "tot" as const, responsibleTeam: "Tổ 1", notes: "" };
    const atMarker = await inspections.add({ ...common, markerId: marker.featureId, position: { lon: 105.2501, lat: 18.7502, accuracyMetres: 8 } });
    const elsewhere = await inspections.add({ ...common, markerId: "cot-moc-khong-co", position: { lon: 105.3, lat: 18.6, accuracyMetres: 12 } });
    await engine.syncNow();
    expect(fake.items.get(`marker-inspections/${atMarker.id}`)!.feature.geometry).toEqual({ type: "Point", coordinates: [105.25, 18.75] });
    expect(fake.items.get(`marker-inspections/${elsewhere.id}`)!.feature.geometry).toEqual({ type: "Point", coordinates: [105.3, 18.6] });
  });

  test("records merged from a border station's package are queued in the merge's transaction and reach the server; merging it again queues nothing", async () => {
    const { database, engine, outbox } = await connectedDevice();
    const station = devices.database("tram");
    const plan = await new DrillRepository(station).save(newDrillPlan(crypto.randomUUID(), "2026-03-01T00:00:00.000Z", { name: "Diễn tập chung", type: "chien-dau-phong-thu-xa", date: "2026-04-01", hHour: "07:00" }));
    const inspection = await new MarkerInspectionRepository(station).add({ markerId: "cot-moc-487", date: "2026-03-01", inspector: "Đồn Biên phòng", condition: "tot", responsibleTeam: "Tổ 1", notes: "", position: { lon: 105.3, lat: 18.6, accuracyMetres: 10 } });
    const patrol = await new PatrolRepository(station).add({
      date: "2026-03-01", communeParticipants: "Trần B", stationParticipants: "Đại úy Lê C", checkedMarkerIds: ["cot-moc-487"], trackMatchedMarkerIds: [],
      findings: "Bình thường", track: { type: "LineString", coordinates: [[105.27, 18.26], [105.3, 18.25]] }, trackFileName: "t.gpx", toleranceMetres: 100,
    });
    const content = await new DrillExchangeStore(station).gather({ layers: [], drills: true, markerInspections: true, patrols: true });
    const context: ApplyContext = { builtInLayers: new Map(), importedLayers: [], sourceFileName: "goi.zip", addLayer: async () => undefined };

    await new DrillExchangeStore(database).apply(content, context);
    expect((await outbox.pending()).map((entry) => entry.entityId).sort()).toEqual([plan.id, inspection.id, patrol.id].sort());
    await new DrillExchangeStore(database).apply(content, context);
    expect(await outbox.countUnsynced()).toBe(3);

    await engine.syncNow();
    expect(fake.items.get(`drills/${plan.id}`)?.feature.properties?.name).toBe("Diễn tập chung");
    expect(fake.items.get(`marker-inspections/${inspection.id}`)?.feature.geometry).toEqual({ type: "Point", coordinates: [105.3, 18.6] });
    expect(fake.items.get(`patrols/${patrol.id}`)?.feature.geometry).toEqual(patrol.track);
    expect(await outbox.countUnsynced()).toBe(0);
  });

  test("a directive is pulled; its acknowledgement is stored at once and posted when online, with its idempotency key", async () => {
    const { database, engine, outbox } = await connectedDevice();
    const directiveId = crypto.randomUUID();
    fake.put("directives", { type: "Feature", id: directiveId, geometry: null as never, properties: { title: "Kiểm tra chốt", text: "Rà soát chốt dân quân", deadline: "2026-03-10T00:00:00.000Z", communeCodes: ["42001"], acknowledgements: [] } });
    fake.put("alerts", { type: "Feature", id: crypto.randomUUID(), geometry: { type: "Point", coordinates: [105, 18] }, properties: { kind: "khan-cap", incidentId: crypto.randomUUID(), communeCode: "42001", title: "Cháy rừng", severity: "khan-cap", createdAt: "2026-03-01T00:00:00.000Z" } });
    await engine.syncNow();
    const repository = new DirectivesAlertsRepository(database);
    expect((await repository.directives()).map((directive) => directive.feature.properties.title)).toEqual(["Kiểm tra chốt"]);
    expect((await repository.alerts()).map((alert) => alert.feature.properties.title)).toEqual(["Cháy rừng"]);

    fake.dropBefore = 1;
    await repository.acknowledge(directiveId, "da-nhan", "42001");
    expect((await repository.directives())[0].localAcknowledgements.map((item) => item.state)).toEqual(["da-nhan"]);
    expect((await engine.syncNow()).ok).toBe(false);
    expect(fake.acknowledgements).toEqual([]);
    expect((await engine.syncNow()).ok).toBe(true);
    const [entry] = await outbox.forEntity(directiveId);
    expect(fake.acknowledgements).toEqual([{ directiveId, body: { state: "da-nhan", communeCode: "42001" }, key: entry.id }]);
    expect(entry.state).toBe("sent");
    // A pending acknowledgement never turns a pulled directive into a conflict.
    expect(await new SyncConflictRepository(database).list()).toEqual([]);
  });
});

describe("sample data", () => {
  test("changes to the sample workspace never leave the device and are not counted as waiting", async () => {
    const { database, engine, outbox } = await connectedDevice();
    const at = "2026-03-01T00:00:00.000Z";
    await workspaceTable(database).put({ id: "mau", kind: "sample", name: "Mẫu", communes: [], bbox: [105, 18, 106, 19], createdAt: at, updatedAt: at });
    await new WorkspaceFeatureRepository(database).create("mau", "militia-post", { geometry: { type: "Point", coordinates: [105.5, 18.5] }, properties: { name: "Chốt mẫu" } }, "ca-a");
    expect(await outbox.countUnsynced()).toBe(1);
    await engine.syncNow();
    expect(fake.batches).toEqual([]);
    expect(await outbox.countUnsynced()).toBe(0);
    expect((await outboxTable(database).toArray()).map((entry) => entry.state)).toEqual(["local-only"]);
  });
});

describe("session", () => {
  test("logging out keeps unsynced changes", async () => {
    const { database, incidents, outbox } = await connectedDevice();
    await incidents.create(INPUT, "ca-a");
    const session = new SyncSessionService(database);
    expect(await session.unsyncedCount()).toBe(1);
    await session.logout();
    expect(await new SyncStateRepository(database).session()).toBeUndefined();
    expect(await outbox.countUnsynced()).toBe(1);
  });
});
