// Photos of border marker inspections against the real database: sent as the
// app's outbox does (the inspection, then the photo's metadata in the batch,
// then its bytes), read back by the units allowed to see the inspection (the
// commune that recorded it, the border station it is shared with), 404 for
// any other commune (IDOR), replays changing nothing, and no photos under a
// collection that has none.

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, withClient, type TestDatabase } from "./helpers/test-database";
import { seedFixture, type AccountName, type Fixture } from "./helpers/fixture";
import { startTestServer, type TestServer } from "./helpers/test-server";
import { apiClient, type Api } from "./helpers/http-client";
import { incidentFeature, markerInspectionFeature } from "./helpers/sample-features";

let database: TestDatabase;
let server: TestServer;
let fixture: Fixture;
let commune: Api;

interface ChangesPage {
  changes: { collection: string; feature: { id: string; properties: Record<string, unknown> } }[];
}

const json = { "content-type": "application/json" };
const jpeg = { "content-type": "image/jpeg" };
const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7, 6, 5]);
/** When and where the field device took it (domain/photo-capture.ts). */
const capture = { capturedAt: "2026-11-30T08:15:00.000Z", position: { lon: 105.4735, lat: 18.314, accuracyMetres: 12 } };
const photoPath = (inspectionId: string, attachmentId: string) => `/collections/marker-inspections/items/${inspectionId}/attachments/${attachmentId}`;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await withClient(database.adminUrl, seedFixture);
  server = await startTestServer(database);
  commune = apiClient(server.url, server.tokenFor(fixture.editorA.id));
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
});

const as = (account: AccountName) => apiClient(server.url, server.tokenFor(fixture[account].id));

async function download(account: AccountName, path: string): Promise<{ status: number; type: string | null; body: Buffer }> {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.tokenFor(fixture[account].id)}` } });
  return { status: response.status, type: response.headers.get("content-type"), body: Buffer.from(await response.arrayBuffer()) };
}

/** Commune A's inspection with one photo, sent as the app's outbox sends it: one batch, then the bytes. */
async function inspectionWithPhoto() {
  const attachmentId = randomUUID();
  const inspection = markerInspectionFeature({ photoIds: [attachmentId] });
  const entries = [
    { id: randomUUID(), method: "POST", path: "/collections/marker-inspections/items", baseVersion: 0, payload: inspection },
    { id: randomUUID(), method: "PUT", path: photoPath(inspection.id, attachmentId), baseVersion: 0, payload: { id: attachmentId, fileName: "cot-moc-487.jpg", type: "image/jpeg", size: bytes.length, capture } },
  ];
  return { inspection, attachmentId, entries, path: photoPath(inspection.id, attachmentId) };
}

const statuses = (response: { json: () => unknown }) => (response.json() as { results: { status: number }[] }).results.map((result) => result.status);

describe("a marker inspection's photo", () => {
  it("is written by the outbox batch and its bytes, and read back by the commune and the border station", async () => {
    const { inspection, attachmentId, entries, path } = await inspectionWithPhoto();
    expect(statuses(await commune("POST", "/sync/outbox", { entries }, json))).toEqual([201, 201]);
    const upload = await commune("PUT", path, bytes, jpeg);
    expect(upload.status).toBe(200);
    expect(upload.headers.get("etag")).toBe('"2"');

    for (const account of ["editorA", "station", "province"] as const) {
      const read = await download(account, path);
      expect([account, read.status, read.type]).toEqual([account, 200, "image/jpeg"]);
      expect(read.body).toEqual(bytes);
    }
    const item = (await as("station")("GET", `/collections/attachments/items/${attachmentId}`)).json() as { properties: Record<string, unknown>; links: { rel: string; href: string }[] };
    expect(item.properties).toMatchObject({ ownerCollection: "marker-inspections", ownerId: inspection.id, incidentId: null, fileName: "cot-moc-487.jpg", size: bytes.length, capture, hasContent: true, communeCodes: ["42001"], sharedWithBorderStation: true });
    expect(item.links.find((link) => link.rel === "enclosure")?.href).toBe(`${server.url}${path}`);

    const feed = (await as("station")("GET", "/sync/changes?since=0&limit=10000")).json() as ChangesPage;
    const photo = feed.changes.find((change) => change.feature.id === attachmentId);
    expect(photo?.collection).toBe("attachments");
    expect(photo?.feature.properties).toMatchObject({ ownerCollection: "marker-inspections", ownerId: inspection.id, capture, hasContent: true });
    const order = feed.changes.map((change) => change.feature.id);
    expect(order.indexOf(inspection.id)).toBeLessThan(order.indexOf(attachmentId));
  });

  it("does not exist for another commune (404 to read, to write, in the feed)", async () => {
    const { inspection, attachmentId, entries, path } = await inspectionWithPhoto();
    await commune("POST", "/sync/outbox", { entries }, json);
    await commune("PUT", path, bytes, jpeg);
    const other = as("editorB");
    expect((await download("editorB", path)).status).toBe(404);
    expect((await other("PUT", path, bytes, jpeg)).status).toBe(404);
    expect((await other("PUT", path, entries[1].payload, json)).status).toBe(404);
    expect((await other("GET", `/collections/attachments/items/${attachmentId}`)).status).toBe(404);
    const feed = (await other("GET", "/sync/changes?since=0&limit=10000")).json() as ChangesPage;
    expect(feed.changes.some((change) => change.feature.id === attachmentId)).toBe(false);
    // A photo of another commune's inspection cannot be attached either.
    const refused = await other("PUT", photoPath(inspection.id, randomUUID()), { fileName: "b.jpg", type: "image/jpeg", size: 1 }, json);
    expect(refused.status).toBe(404);
    expect((refused.json() as { detail: string }).detail).toBe("Không tìm thấy lượt kiểm tra cột mốc của ảnh này.");
  });

  it("is replayed without change: the batch, and the bytes", async () => {
    const { attachmentId, entries, path } = await inspectionWithPhoto();
    expect(statuses(await commune("POST", "/sync/outbox", { entries }, json))).toEqual([201, 201]);
    expect((await commune("PUT", path, bytes, jpeg)).status).toBe(200);
    expect(statuses(await commune("POST", "/sync/outbox", { entries }, json))).toEqual([201, 201]);
    const again = await commune("PUT", path, bytes, jpeg);
    expect(again.status).toBe(200);
    expect(again.headers.get("etag")).toBe('"2"');
    expect((await commune("PUT", path, entries[1].payload, json)).status).toBe(200);
    const rows = await withClient(database.adminUrl, async (client) =>
      (await client.query<{ version: number; owner_collection: string }>("select version, owner_collection from attachments where id = $1", [attachmentId])).rows,
    );
    expect(rows).toEqual([{ version: 2, owner_collection: "marker-inspections" }]);
  });

  it("keeps its capture stamp only when well-formed; the same photo with another stamp is not a replay", async () => {
    const { entries, path } = await inspectionWithPhoto();
    await commune("POST", "/sync/outbox", { entries: [entries[0]] }, json);
    const metadata = entries[1].payload;
    for (const bad of [{ capturedAt: "hôm qua", position: null }, { ...capture, position: { lon: 181, lat: 18, accuracyMetres: 5 } }, { ...capture, position: { lon: 105, lat: 18 } }, "2026-11-30"]) {
      const refused = await commune("PUT", path, { ...metadata, capture: bad }, json);
      expect(refused.status).toBe(422);
      expect((refused.json() as { detail: string }).detail).toMatch(/^Thời điểm và vị trí chụp ảnh \(capture\) không hợp lệ/);
    }
    expect((await commune("PUT", path, { ...metadata, capture: { ...capture, position: null } }, json)).status).toBe(201);
    expect((await commune("PUT", path, metadata, json)).status, "another stamp for the same photo").toBe(422);
  });

  it("is found only under its own collection; other collections have no photos", async () => {
    const { inspection, attachmentId, entries, path } = await inspectionWithPhoto();
    await commune("POST", "/sync/outbox", { entries }, json);
    await commune("PUT", path, bytes, jpeg);
    expect((await download("editorA", `/collections/incidents/items/${inspection.id}/attachments/${attachmentId}`)).status).toBe(404);
    const patrols = await commune("PUT", `/collections/patrols/items/${inspection.id}/attachments/${randomUUID()}`, bytes, jpeg);
    expect(patrols.status).toBe(404);
    expect((patrols.json() as { detail: string }).detail).toBe("Mục của bộ sưu tập này không có ảnh đính kèm.");
    // An inspection photo path naming an incident: the incident is not an inspection.
    const incident = incidentFeature();
    await commune("POST", "/collections/incidents/items", incident);
    expect((await commune("PUT", photoPath(incident.id, randomUUID()), bytes, jpeg)).status).toBe(404);
  });
});
