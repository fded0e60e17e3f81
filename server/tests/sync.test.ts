// The app's sync endpoints against the real database: the changes feed
// (cursor paging, deletions included, order of writing) and the batched
// outbox (entries applied in order, each with its own status, replays
// answered from the stored result, refused entries not undoing the others).

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

interface ChangesPage {
  changes: { collection: string; feature: { id: string; properties: Record<string, unknown> } }[];
  nextCursor: string;
  more: boolean;
}

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await withClient(database.adminUrl, seedFixture);
  server = await startTestServer(database);
  editor = apiClient(server.url, server.tokenFor(fixture.editorB.id));
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
});

const itemPath = (id: string) => `/collections/incidents/items/${id}`;
const json = { "content-type": "application/json" };

describe("changes feed", () => {
  it("pages from a cursor in write order, and a later change of an old item comes after the cursor", async () => {
    const start = ((await editor("GET", "/sync/changes?since=0&limit=10000")).json() as ChangesPage).nextCursor;
    const features = Array.from({ length: 5 }, (_, index) => incidentFeature({ lon: 105.15, title: `Đồng bộ ${index}` }));
    for (const feature of features) expect((await editor("POST", "/collections/incidents/items", feature)).status).toBe(201);
    const seen: string[] = [];
    let cursor = start;
    let pages = 0;
    for (;;) {
      const page = (await editor("GET", `/sync/changes?since=${cursor}&limit=2`)).json() as ChangesPage;
      seen.push(...page.changes.map((change) => change.feature.id));
      pages += 1;
      cursor = page.nextCursor;
      if (!page.more) break;
    }
    expect(seen).toEqual(features.map((feature) => feature.id));
    expect(pages).toBe(3);
    expect((await editor("DELETE", itemPath(features[0].id), undefined, { "if-match": '"1"' })).status).toBe(204);
    const after = (await editor("GET", `/sync/changes?since=${cursor}`)).json() as ChangesPage;
    expect(after.changes.map((change) => change.feature.id)).toEqual([features[0].id]);
    expect(after.changes[0].feature.properties.deletedAt).toBeTruthy();
  });

  it("refuses a malformed cursor", async () => {
    expect((await editor("GET", "/sync/changes?since=-1")).status).toBe(400);
    expect((await editor("GET", "/sync/changes?since=abc")).status).toBe(400);
  });
});

describe("batched outbox", () => {
  it("applies entries in order with a status each, and a replay changes nothing", async () => {
    const feature = incidentFeature({ lon: 105.15 });
    const attachmentId = randomUUID();
    const missingId = randomUUID();
    const lineInsteadOfPoint = { ...incidentFeature({ lon: 105.15 }), geometry: { type: "LineString", coordinates: [[105.15, 18], [105.16, 18]] } };
    const entries = [
      { id: randomUUID(), method: "POST", path: "/collections/incidents/items", baseVersion: 0, payload: feature },
      { id: randomUUID(), method: "PUT", path: itemPath(feature.id), baseVersion: 1, payload: { ...feature, properties: { ...feature.properties, title: "Đã sửa", version: 2 } } },
      { id: randomUUID(), method: "PUT", path: `${itemPath(feature.id)}/attachments/${attachmentId}`, baseVersion: 0, payload: { id: attachmentId, incidentId: feature.id, fileName: "a.jpg", type: "image/jpeg", size: 10 } },
      { id: randomUUID(), method: "POST", path: "/collections/incidents/items", baseVersion: 0, payload: lineInsteadOfPoint },
      { id: randomUUID(), method: "PUT", path: itemPath(feature.id), baseVersion: 1, payload: { ...feature, properties: { ...feature.properties, title: "Bản cũ", version: 2 } } },
      { id: randomUUID(), method: "PUT", path: itemPath(missingId), baseVersion: 3, payload: incidentFeature({ id: missingId }) },
    ];
    const first = await editor("POST", "/sync/outbox", { entries }, json);
    expect(first.status).toBe(200);
    const statuses = (response: typeof first) => (response.json() as { results: { id: string; status: number }[] }).results.map((result) => result.status);
    expect(statuses(first)).toEqual([201, 200, 201, 422, 412, 404]);
    const replay = await editor("POST", "/sync/outbox", { entries }, json);
    expect(statuses(replay)).toEqual([201, 200, 201, 422, 412, 404]);
    const stored = await editor("GET", itemPath(feature.id));
    expect(stored.headers.get("etag")).toBe('"2"');
    expect((stored.json() as { properties: { title: string } }).properties.title).toBe("Đã sửa");
    const audit = await withClient(database.adminUrl, async (client) =>
      (await client.query<{ action: string }>("select action from audit_log where item_id = $1 order by id", [feature.id])).rows.map((row) => row.action),
    );
    expect(audit).toEqual(["outbox", "outbox"]);
  });

  it("writes a run of creates in one statement, in outbox order, and falls back entry by entry when one is refused", async () => {
    const create = (payload: unknown) => ({ id: randomUUID(), method: "POST", path: "/collections/incidents/items", baseVersion: 0, payload });
    const features = [0, 1, 2, 3].map((n) => incidentFeature({ lon: 105.11 + n * 0.01, title: `Lô ${n}` }));
    const clean = features.slice(0, 3).map(create);
    const first = (await editor("POST", "/sync/outbox", { entries: clean }, json)).json() as { results: { status: number; etag?: string }[] };
    expect(first.results.map((result) => [result.status, result.etag])).toEqual([[201, '"1"'], [201, '"1"'], [201, '"1"']]);
    const order = await withClient(database.adminUrl, async (client) =>
      (await client.query<{ id: string }>("select id::text from features where id = any($1::uuid[]) order by change_seq", [features.map((f) => f.id)])).rows.map((row) => row.id),
    );
    expect(order).toEqual(features.slice(0, 3).map((feature) => feature.id));
    const audited = await withClient(database.adminUrl, async (client) =>
      (await client.query<{ count: string }>("select count(*) from audit_log where action = 'outbox' and (detail ->> 'batched')::boolean and item_id = any($1)", [features.map((f) => f.id)])).rows[0].count,
    );
    expect(audited).toBe("3");
    // A run holding an entry for another commune, an existing id with other content, and a fresh one.
    const mixed = [
      create(features[3]),
      create(incidentFeature({ communeCode: "42001" })),
      create({ ...features[0], properties: { ...features[0].properties, title: "Khác" } }),
      create(features[1]),
    ];
    const second = (await editor("POST", "/sync/outbox", { entries: mixed }, json)).json() as { results: { status: number }[] };
    expect(second.results.map((result) => result.status)).toEqual([201, 403, 412, 200]);
    const replay = (await editor("POST", "/sync/outbox", { entries: [...clean, ...mixed] }, json)).json() as { results: { status: number }[] };
    expect(replay.results.map((result) => result.status)).toEqual([201, 201, 201, 201, 403, 412, 200]);
  });

  it("refuses read-only accounts, malformed batches and entries for another commune", async () => {
    const viewer = apiClient(server.url, server.tokenFor(fixture.viewerA.id));
    const entry = { id: randomUUID(), method: "POST", path: "/collections/incidents/items", baseVersion: 0, payload: incidentFeature() };
    expect((await viewer("POST", "/sync/outbox", { entries: [entry] }, json)).status).toBe(403);
    expect((await editor("POST", "/sync/outbox", { entries: [] }, json)).status).toBe(400);
    expect((await editor("POST", "/sync/outbox", { entries: [{ ...entry, method: "DELETE" }] }, json)).status).toBe(400);
    const elsewhere = { ...entry, id: randomUUID(), payload: incidentFeature({ communeCode: "42001" }) };
    const result = (await editor("POST", "/sync/outbox", { entries: [elsewhere] }, json)).json() as { results: { status: number }[] };
    expect(result.results[0].status).toBe(403);
  });
});
