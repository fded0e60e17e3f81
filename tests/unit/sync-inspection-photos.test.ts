// Photos of border marker inspections through the sync engine (in-memory
// province server, MSW): queued with their inspection, sent after it
// (metadata in the batch, then the bytes), resumed without a second photo,
// pulled back onto another device into `markerAttachments` linked to the
// inspection, and queued when a package brings them.

import "fake-indexeddb/auto";
import { describe, expect, test } from "vitest";
import { MarkerInspectionRepository, type NewInspection } from "../../src/store/drills-border/marker-inspection.repository";
import { DrillExchangeStore, type ApplyContext } from "../../src/store/drills-border/drill-exchange.store";
import { attachmentTable } from "../../src/store/incidents/attachment.repository";
import { OutboxRepository } from "../../src/store/outbox.repository";
import { syncTestDevices } from "./sync/sync-test-devices";
import { pulledPhoto, writePulledPhotos } from "../../src/store/sync/pulled-attachments";
import type { Feature } from "geojson";

const devices = syncTestDevices();

const INSPECTION: NewInspection = Object.freeze({
  markerId: "cot-moc-487",
  date: "2026-03-01",
  inspector: "Đồn Biên phòng",
  condition: "hu-hong",
  responsibleTeam: "Tổ tự quản thôn Bản Mới",
  notes: "Mốc nghiêng, cần dựng lại",
  position: { lon: 105.3, lat: 18.6, accuracyMetres: 10 },
});

const BYTES = [new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 4, 8, 7]), new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 9])];

function photos(): File[] {
  return [new File([BYTES[0]], "moc-487-mat-truoc.jpg", { type: "image/jpeg" }), new File([BYTES[1]], "moc-487-chan-moc.jpg", { type: "" })];
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe("an inspection's photos in the outbox", () => {
  test("are queued with the inspection, after its entry, one PUT of metadata each under the inspection", async () => {
    const database = devices.database("xa");
    const inspection = await new MarkerInspectionRepository(database).add(INSPECTION, photos());

    const entries = await new OutboxRepository(database).pending();
    expect(entries.map((entry) => entry.entity)).toEqual(["marker-inspection", "marker-attachment", "marker-attachment"]);
    const [first, second] = inspection.photoIds;
    expect(entries.slice(1).map(({ entityId, method, path, baseVersion, payload }) => ({ entityId, method, path, baseVersion, payload }))).toEqual([
      { entityId: first, method: "PUT", path: `/collections/marker-inspections/items/${inspection.id}/attachments/${first}`, baseVersion: 0, payload: { id: first, ownerId: inspection.id, fileName: "moc-487-mat-truoc.jpg", type: "image/jpeg", size: 7 } },
      // A gallery file without a media type goes as JPEG, as an incident photo's bytes do.
      { entityId: second, method: "PUT", path: `/collections/marker-inspections/items/${inspection.id}/attachments/${second}`, baseVersion: 0, payload: { id: second, ownerId: inspection.id, fileName: "moc-487-chan-moc.jpg", type: "image/jpeg", size: 5 } },
    ]);
  });
});

describe("an inspection's photos on the server", () => {
  test("go after the inspection: metadata in the batch, then the bytes; an interrupted upload is sent again, never a second photo", async () => {
    const { fake, database, engine, outbox } = await devices.connect({ random: () => 0 });
    const inspection = await new MarkerInspectionRepository(database).add(INSPECTION, photos());
    const order = (await outbox.pending()).map((entry) => entry.id);
    fake.dropPhotoUploads = 1;

    expect((await engine.syncNow()).ok).toBe(false);
    // The inspection and the photos' metadata were acknowledged; the first upload was lost.
    expect(fake.batches).toEqual([order]);
    expect(fake.photos.size).toBe(0);
    expect(await outbox.countUnsynced()).toBe(2);

    expect((await engine.syncNow()).ok).toBe(true);
    expect(fake.items.get(`marker-inspections/${inspection.id}`)?.feature.properties?.photoIds).toEqual(inspection.photoIds);
    for (const [index, photoId] of inspection.photoIds.entries()) {
      expect(fake.items.get(`attachments/${photoId}`)?.feature.properties).toMatchObject({ ownerCollection: "marker-inspections", ownerId: inspection.id, hasContent: true });
      expect(fake.photos.get(photoId)).toEqual(BYTES[index]);
    }
    expect(fake.count("attachments")).toBe(2);
    expect(fake.photoPuts).toBe(3);
    expect(await outbox.countUnsynced()).toBe(0);
    // A photo has no server version of its own to keep: only the inspection's is recorded.
    expect((await database.table("syncVersions").toArray()).map((record) => record.key)).toEqual([`marker-inspections/${inspection.id}`]);
  });

  test("are pulled onto another device into markerAttachments, linked to the inspection, with their capture stamps; back on their own device too", async () => {
    const commune = await devices.connect();
    const captures = [{ capturedAt: "2026-03-01T07:45:00.000Z", position: { lon: 105.3001, lat: 18.6002, accuracyMetres: 6 } }, undefined];
    const inspection = await new MarkerInspectionRepository(commune.database).add(INSPECTION, photos(), captures);
    expect((await commune.engine.syncNow()).ok).toBe(true);
    // The pull that follows the replay brought the device's own photos back.
    expect(commune.fake.changesRequests).toHaveLength(1);
    const own = await new MarkerInspectionRepository(commune.database).attachmentsOf(inspection.photoIds);
    expect(own.map((photo) => photo.capture)).toEqual(captures);

    const station = await devices.connect({}, commune.fake);
    expect((await station.engine.syncNow()).ok).toBe(true);

    const repository = new MarkerInspectionRepository(station.database);
    const [pulled] = await repository.list();
    expect(pulled).toMatchObject({ id: inspection.id, photoIds: inspection.photoIds });
    const stored = await repository.attachmentsOf(pulled.photoIds);
    expect(stored.map(({ id, ownerId, fileName, mimeType }) => ({ id, ownerId, fileName, mimeType }))).toEqual([
      { id: inspection.photoIds[0], ownerId: inspection.id, fileName: "moc-487-mat-truoc.jpg", mimeType: "image/jpeg" },
      { id: inspection.photoIds[1], ownerId: inspection.id, fileName: "moc-487-chan-moc.jpg", mimeType: "image/jpeg" },
    ]);
    expect(await Promise.all(stored.map((photo) => bytesOf(photo.blob)))).toEqual(BYTES);
    expect(stored.map((photo) => photo.capture), "when and where the commune took them").toEqual(captures);
    expect(await attachmentTable(station.database).count()).toBe(0);
    expect(await station.outbox.countUnsynced()).toBe(0);
  });

  test("a photo the server sends without a stamp (sent before it kept them) keeps the one stored on the device", async () => {
    const database = devices.database("xa");
    const stamp = { capturedAt: "2026-03-01T07:45:00.000Z", position: null };
    const owner = { collection: "marker-inspections" as const, id: "kiem-tra-1" };
    const feature = (capture?: unknown): Feature => ({ type: "Feature", id: "anh-1", geometry: null as never, properties: { fileName: "moc.jpg", type: "image/jpeg", ...(capture ? { capture } : {}) } });
    const blob = new Blob([BYTES[0]], { type: "image/jpeg" });
    await writePulledPhotos(database, [pulledPhoto(feature(stamp), owner, blob)]);
    await writePulledPhotos(database, [pulledPhoto(feature(), owner, blob)]);
    expect((await new MarkerInspectionRepository(database).attachmentsOf(["anh-1"]))[0].capture).toEqual(stamp);
    const later = { capturedAt: "2026-03-02T09:00:00.000Z", position: { lon: 105.3, lat: 18.6, accuracyMetres: 4 } };
    await writePulledPhotos(database, [pulledPhoto(feature(later), owner, blob)]);
    expect((await new MarkerInspectionRepository(database).attachmentsOf(["anh-1"]))[0].capture).toEqual(later);
    // A malformed stamp from the server is not stored.
    await writePulledPhotos(database, [pulledPhoto(feature({ capturedAt: "hôm qua", position: null }), owner, blob)]);
    expect((await new MarkerInspectionRepository(database).attachmentsOf(["anh-1"]))[0].capture).toEqual(later);
  });

  test("merged from a border station's package are queued after their inspection and reach the server; merging again queues nothing", async () => {
    const { fake, database, engine, outbox } = await devices.connect();
    const station = devices.database("tram");
    const inspection = await new MarkerInspectionRepository(station).add(INSPECTION, photos().slice(0, 1));
    const content = await new DrillExchangeStore(station).gather({ layers: [], drills: false, markerInspections: true, patrols: false });
    const context: ApplyContext = { builtInLayers: new Map(), importedLayers: [], sourceFileName: "goi.zip", addLayer: async () => undefined };

    await new DrillExchangeStore(database).apply(content, context);
    expect((await outbox.pending()).map((entry) => [entry.entity, entry.entityId])).toEqual([["marker-inspection", inspection.id], ["marker-attachment", inspection.photoIds[0]]]);
    await new DrillExchangeStore(database).apply(content, context);
    expect(await outbox.countUnsynced()).toBe(2);

    expect((await engine.syncNow()).ok).toBe(true);
    expect(fake.photos.get(inspection.photoIds[0])).toEqual(BYTES[0]);
  });
});
