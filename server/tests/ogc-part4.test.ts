// OGC API – Features Part 4 (draft) writes against the real server and
// database: create / replace / merge-patch / soft delete, strong ETags with
// If-Match (412 stale, 428 missing), OPTIONS, and the app's outbox replayed
// twice (idempotent by the entry's UUID and by content).

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, withClient, type TestDatabase } from "./helpers/test-database";
import { seedFixture, type Fixture } from "./helpers/fixture";
import { startTestServer, type TestServer } from "./helpers/test-server";
import { apiClient, type Api } from "./helpers/http-client";
import { incidentFeature } from "./helpers/sample-features";

let database: TestDatabase;
let server: TestServer;
let fixture: Fixture;
let editor: Api;

type Feature = ReturnType<typeof incidentFeature>;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await withClient(database.adminUrl, seedFixture);
  server = await startTestServer(database);
  editor = apiClient(server.url, server.tokenFor(fixture.editorA.id));
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
});

const itemPath = (id: string) => `/collections/incidents/items/${id}`;
const edited = (feature: Feature, title: string, version: number): Feature => ({ ...feature, properties: { ...feature.properties, title, version } });

async function auditCount(itemId: string): Promise<number> {
  return withClient(database.adminUrl, async (client) => Number((await client.query("select count(*) from audit_log where item_id = $1", [itemId])).rows[0].count));
}

describe("create", () => {
  it("POST answers 201 with Location and a strong ETag, and the item reads back", async () => {
    const feature = incidentFeature();
    const response = await editor("POST", "/collections/incidents/items", feature);
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`${server.url}${itemPath(feature.id)}`);
    expect(response.headers.get("etag")).toBe('"1"');
    const read = await editor("GET", itemPath(feature.id));
    const properties = (read.json() as { properties: Record<string, unknown> }).properties;
    expect(properties.title).toBe("Trộm cắp tài sản");
    expect(properties.communeCodes).toEqual(["42001"]);
    expect(await auditCount(feature.id)).toBe(1);
  });

  it("POST without an id gets a server UUID", async () => {
    const { id, ...withoutId } = incidentFeature();
    expect(id).toBeTruthy();
    const response = await editor("POST", "/collections/incidents/items", withoutId);
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toMatch(/items\/[0-9a-f-]{36}$/);
  });

  it("refuses wrong geometry types and non-features with a Vietnamese detail", async () => {
    const line = { ...incidentFeature(), geometry: { type: "LineString", coordinates: [[105, 18], [105.01, 18.01]] } };
    const wrongGeometry = await editor("POST", "/collections/incidents/items", line);
    expect(wrongGeometry.status).toBe(422);
    expect((wrongGeometry.json() as { detail: string }).detail).toMatch(/Hình học/);
    expect((await editor("POST", "/collections/incidents/items", { hello: 1 })).status).toBe(400);
    expect((await editor("POST", "/collections/incidents/items", "{not json", { "content-type": "application/json" })).status).toBe(400);
    expect((await editor("POST", "/collections/incidents/items", "text", { "content-type": "text/plain" })).status).toBe(415);
  });

  it("POST of an existing id with other content is refused (412), never overwritten", async () => {
    const feature = incidentFeature();
    await editor("POST", "/collections/incidents/items", feature);
    const clash = await editor("POST", "/collections/incidents/items", edited(feature, "Khác", 1));
    expect(clash.status).toBe(412);
    const stored = (await editor("GET", itemPath(feature.id))).json() as Feature;
    expect(stored.properties.title).toBe("Trộm cắp tài sản");
  });
});

describe("replace, patch, delete with ETags", () => {
  it("PUT without If-Match is 428; with a stale version 412; with the current version 200 and a new ETag", async () => {
    const feature = incidentFeature();
    await editor("POST", "/collections/incidents/items", feature);
    const missing = await editor("PUT", itemPath(feature.id), edited(feature, "Sửa", 2));
    expect(missing.status).toBe(428);
    expect((missing.json() as { detail: string }).detail).toMatch(/If-Match/);
    const stale = await editor("PUT", itemPath(feature.id), edited(feature, "Sửa", 2), { "if-match": '"7"' });
    expect(stale.status).toBe(412);
    const ok = await editor("PUT", itemPath(feature.id), edited(feature, "Sửa", 2), { "if-match": '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("etag")).toBe('"2"');
    const second = await editor("PUT", itemPath(feature.id), edited(feature, "Sửa lần hai", 3), { "if-match": '"1"' });
    expect(second.status).toBe(412);
    expect(((await editor("GET", itemPath(feature.id))).json() as Feature).properties.title).toBe("Sửa");
  });

  it("PATCH applies a JSON Merge Patch under If-Match", async () => {
    const feature = incidentFeature();
    await editor("POST", "/collections/incidents/items", feature);
    const patch = { properties: { status: "dang-xac-minh", involved: null } };
    expect((await editor("PATCH", itemPath(feature.id), patch, { "content-type": "application/merge-patch+json" })).status).toBe(428);
    const response = await editor("PATCH", itemPath(feature.id), patch, { "content-type": "application/merge-patch+json", "if-match": '"1"' });
    expect(response.status).toBe(200);
    const properties = (response.json() as Feature).properties as Record<string, unknown>;
    expect(properties.status).toBe("dang-xac-minh");
    expect(properties).not.toHaveProperty("involved");
    expect(properties.title).toBe("Trộm cắp tài sản");
    expect(response.headers.get("etag")).toBe('"2"');
  });

  it("DELETE is a soft delete: 204, then 404 on read and absent from items, still in the sync feed", async () => {
    const feature = incidentFeature();
    await editor("POST", "/collections/incidents/items", feature);
    expect((await editor("DELETE", itemPath(feature.id))).status).toBe(428);
    expect((await editor("DELETE", itemPath(feature.id), undefined, { "if-match": '"5"' })).status).toBe(412);
    const deleted = await editor("DELETE", itemPath(feature.id), undefined, { "if-match": '"1"' });
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get("etag")).toBe('"2"');
    expect((await editor("GET", itemPath(feature.id))).status).toBe(404);
    const sync = (await editor("GET", "/sync/changes?since=0&limit=10000")).json() as { changes: { feature: Feature }[] };
    const change = sync.changes.find((entry) => entry.feature.id === feature.id);
    expect(change?.feature.properties.deletedAt).toBeTruthy();
    const row = await withClient(database.adminUrl, async (client) => (await client.query("select count(*) from features where id = $1", [feature.id])).rows[0].count);
    expect(Number(row)).toBe(1);
  });

  it("OPTIONS lists the write methods for an editor and only reads for a viewer", async () => {
    const forEditor = await editor("OPTIONS", "/collections/incidents/items");
    expect(forEditor.status).toBe(204);
    expect(forEditor.headers.get("allow")).toContain("POST");
    const itemOptions = await editor("OPTIONS", itemPath(randomUUID()));
    expect(itemOptions.headers.get("allow")).toMatch(/PUT.*PATCH.*DELETE/);
    const viewer = apiClient(server.url, server.tokenFor(fixture.viewerA.id));
    expect((await viewer("OPTIONS", "/collections/incidents/items")).headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("a read-only account cannot write (403) even with the right version", async () => {
    const feature = incidentFeature();
    await editor("POST", "/collections/incidents/items", feature);
    const viewer = apiClient(server.url, server.tokenFor(fixture.viewerA.id));
    expect((await viewer("PUT", itemPath(feature.id), edited(feature, "X", 2), { "if-match": '"1"' })).status).toBe(403);
    expect((await viewer("POST", "/collections/incidents/items", incidentFeature())).status).toBe(403);
  });
});

describe("the app's outbox replayed", () => {
  it("create, edit and photo entries sent twice leave one record at version 2 with one attachment", async () => {
    const feature = incidentFeature();
    const attachmentId = randomUUID();
    const entries = [
      { id: randomUUID(), method: "POST", path: "/collections/incidents/items", baseVersion: 0, payload: feature as unknown },
      { id: randomUUID(), method: "PUT", path: itemPath(feature.id), baseVersion: 1, payload: edited(feature, "Đã xác minh", 2) as unknown },
      {
        id: randomUUID(),
        method: "PUT",
        path: `${itemPath(feature.id)}/attachments/${attachmentId}`,
        baseVersion: 0,
        payload: { id: attachmentId, incidentId: feature.id, fileName: "anh.jpg", type: "image/jpeg", size: 3, width: 10, height: 10 } as unknown,
      },
    ];
    const send = (entry: (typeof entries)[number], withKey: boolean) =>
      editor(entry.method, entry.path, entry.payload, {
        ...(withKey ? { "idempotency-key": entry.id } : {}),
        ...(entry.method === "PUT" && !entry.path.includes("/attachments/") ? { "if-match": `"${entry.baseVersion}"` } : {}),
      });
    const first = [];
    for (const entry of entries) first.push((await send(entry, true)).status);
    expect(first).toEqual([201, 200, 201]);
    // Replay with the idempotency keys: the same answers, nothing changes.
    const replay = [];
    for (const entry of entries) replay.push((await send(entry, true)).status);
    expect(replay).toEqual([201, 200, 201]);
    // Replay without keys (e.g. keys expired): recognised by content, still no change.
    const byContent = [];
    for (const entry of entries.slice(1)) byContent.push((await send(entry, false)).status);
    expect(byContent).toEqual([200, 200]);
    const stored = await editor("GET", itemPath(feature.id));
    expect(stored.headers.get("etag")).toBe('"2"');
    expect((stored.json() as Feature).properties.title).toBe("Đã xác minh");
    const attachments = await withClient(database.adminUrl, async (client) => (await client.query("select count(*) from attachments where incident_id = $1", [feature.id])).rows[0].count);
    expect(Number(attachments)).toBe(1);
  });

  it("an idempotency key reused for a different request is refused (422)", async () => {
    const key = randomUUID();
    expect((await editor("POST", "/collections/incidents/items", incidentFeature(), { "idempotency-key": key })).status).toBe(201);
    expect((await editor("POST", "/collections/incidents/items", incidentFeature(), { "idempotency-key": key })).status).toBe(422);
  });

  it("photo bytes upload as image/* and download unchanged", async () => {
    const feature = incidentFeature();
    await editor("POST", "/collections/incidents/items", feature);
    const attachmentId = randomUUID();
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    const path = `${itemPath(feature.id)}/attachments/${attachmentId}`;
    const upload = await editor("PUT", path, bytes, { "content-type": "image/jpeg" });
    expect(upload.status).toBe(201);
    const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.tokenFor(fixture.editorA.id)}` } });
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
    const item = (await editor("GET", `/collections/attachments/items/${attachmentId}`)).json() as { properties: Record<string, unknown>; links: { rel: string; href: string }[] };
    expect(item.properties).toMatchObject({ incidentId: feature.id, size: bytes.length, hasContent: true });
    expect(item.links.find((link) => link.rel === "enclosure")?.href).toBe(`${server.url}${path}`);
    expect((await editor("PUT", `${itemPath(randomUUID())}/attachments/${randomUUID()}`, bytes, { "content-type": "image/jpeg" })).status).toBe(404);
  });
});

describe("operational layer features (the app's workspace-feature outbox entries)", () => {
  it("a village polygon is created by POST and replaced by PUT at its version", async () => {
    const featureId = randomUUID();
    const polygon = { type: "Polygon", coordinates: [[[105.01, 18.01], [105.02, 18.01], [105.02, 18.02], [105.01, 18.01]]] };
    const created = { type: "Feature", id: featureId, geometry: polygon, properties: { name: "Thôn Mới", id: featureId, version: 1, updatedAt: "2025-03-01T08:00:00Z", deletedAt: null } };
    expect((await editor("POST", "/collections/village/items", created, { "idempotency-key": randomUUID() })).status).toBe(201);
    const renamed = { ...created, properties: { ...created.properties, name: "Thôn Mới 2", version: 2 } };
    const replaced = await editor("PUT", `/collections/village/items/${featureId}`, renamed, { "if-match": '"1"', "idempotency-key": randomUUID() });
    expect(replaced.status).toBe(200);
    expect((replaced.json() as { properties: { name: string } }).properties.name).toBe("Thôn Mới 2");
    expect((await editor("POST", "/collections/village/items", { ...created, id: randomUUID(), geometry: { type: "Point", coordinates: [105, 18] } })).status).toBe(422);
  });
});

describe("audit trail", () => {
  it("records writes with who, unit and address, and cannot be changed even by its owner", async () => {
    const feature = incidentFeature();
    await editor("POST", "/collections/incidents/items", feature);
    await withClient(database.adminUrl, async (client) => {
      const { rows } = await client.query("select username, unit_id, action, collection, client_address from audit_log where item_id = $1", [feature.id]);
      expect(rows).toEqual([{ username: "editora", unit_id: "ca-a", action: "create", collection: "incidents", client_address: "127.0.0.1" }]);
      await expect(client.query("update audit_log set username = 'x' where item_id = $1", [feature.id])).rejects.toThrow(/chỉ được ghi thêm/);
      await expect(client.query("delete from audit_log where item_id = $1", [feature.id])).rejects.toThrow(/chỉ được ghi thêm/);
    });
    await withClient(database.apiUrl, async (client) => {
      await expect(client.query("select * from audit_log")).rejects.toThrow(/permission denied/);
      await expect(client.query("delete from audit_log")).rejects.toThrow(/permission denied/);
    });
  });
});
