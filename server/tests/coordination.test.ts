// Coordination (#15) against the real database: who am I (/auth/me),
// directives down and acknowledgements up (API and, for row-level security,
// SQL as the API role with a forged context), alerts raised by "khẩn cấp"
// and border-belt incidents and pushed over /sync/events, shared records
// reaching the other side, and device tracking.

import { randomUUID } from "node:crypto";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, withClient, type TestDatabase } from "./helpers/test-database";
import { COMMUNE_A, COMMUNE_B, seedFixture, type AccountName, type Fixture } from "./helpers/fixture";
import { startTestServer, type TestServer } from "./helpers/test-server";
import { apiClient, type Api } from "./helpers/http-client";
import { incidentFeature } from "./helpers/sample-features";
import { openEventStream, type EventStream } from "./helpers/event-stream";

let database: TestDatabase;
let server: TestServer;
let fixture: Fixture;
const api = (account: AccountName): Api => apiClient(server.url, server.tokenFor(fixture[account].id));
const json = { "content-type": "application/json" };
const streams: EventStream[] = [];

interface Change {
  collection: string;
  feature: { id: string; geometry: unknown; properties: Record<string, unknown> };
}

async function feed(account: AccountName, headers: Record<string, string> = {}): Promise<Change[]> {
  const response = await api(account)("GET", "/sync/changes?since=0&limit=10000", undefined, headers);
  expect(response.status).toBe(200);
  return (response.json() as { changes: Change[] }).changes;
}

async function asApiRole<T>(userId: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(database.apiUrl, async (client) => {
    await client.query("begin");
    try {
      await client.query("select set_config('app.user_id', $1, true)", [userId]);
      return await work(client);
    } finally {
      await client.query("rollback");
    }
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await withClient(database.adminUrl, seedFixture);
  server = await startTestServer(database);
});

afterAll(async () => {
  for (const stream of streams) stream.close();
  await server?.close();
  await database?.drop();
});

describe("GET /auth/me", () => {
  it("gives the unit, its kind, the role and the communes; 401 without a token", async () => {
    expect((await api("editorA")("GET", "/auth/me")).json()).toEqual({
      id: fixture.editorA.id, username: "editora", unitId: "ca-a", unitName: "Công an xã A", unitKind: "commune-police", role: "bien-tap", communeCodes: [COMMUNE_A],
    });
    expect((await api("station")("GET", "/auth/me")).json()).toMatchObject({ unitKind: "border-station", communeCodes: [COMMUNE_A, COMMUNE_B] });
    expect((await api("province")("GET", "/auth/me")).json()).toMatchObject({ unitKind: "province", role: "chi-xem", communeCodes: [] });
    expect((await apiClient(server.url)("GET", "/auth/me")).status).toBe(401);
  });
});

describe("directives and acknowledgements", () => {
  const id = randomUUID();
  const directive = {
    type: "Feature",
    id,
    geometry: { type: "Polygon", coordinates: [[[105.01, 18.01], [105.05, 18.01], [105.05, 18.05], [105.01, 18.01]]] },
    properties: { title: "Tăng cường tuần tra", text: "Tuần tra khu vực giáp biên từ 20 giờ.", deadline: "2026-12-31T17:00:00Z", communeCodes: [COMMUNE_A] },
  };

  it("lets only the province's editors send one, idempotently by its id", async () => {
    const created = await api("provinceEditor")("POST", "/directives", directive);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toMatch(new RegExp(`/directives/${id}$`));
    expect((created.json() as Change["feature"]).properties).toMatchObject({ title: "Tăng cường tuần tra", communeCodes: [COMMUNE_A], acknowledgements: [], createdBy: "provinceeditor" });
    expect((await api("provinceEditor")("POST", "/directives", directive)).status).toBe(200);
    expect((await api("provinceEditor")("POST", "/directives", { ...directive, properties: { ...directive.properties, title: "Khác" } })).status).toBe(409);
    expect((await api("province")("POST", "/directives", { ...directive, id: randomUUID() })).status).toBe(403);
    expect((await api("editorA")("POST", "/directives", { ...directive, id: randomUUID() })).status).toBe(403);
    expect((await api("provinceEditor")("POST", "/directives", { ...directive, id: randomUUID(), properties: { ...directive.properties, communeCodes: ["49999"] } })).status).toBe(422);
  });

  it("shows it to the addressed commune and its border station, never to another commune", async () => {
    const titles = async (account: AccountName) =>
      ((await api(account)("GET", "/directives")).json() as { features: Change["feature"][] }).features.map((feature) => feature.id);
    expect(await titles("editorA")).toEqual([id]);
    expect(await titles("station")).toEqual([id]);
    expect(await titles("province")).toEqual([id]);
    expect(await titles("editorB")).toEqual([]);
    expect((await api("editorB")("GET", `/directives/${id}`)).status).toBe(404);
    expect((await api("editorA")("GET", `/directives/${id}`)).status).toBe(200);
  });

  it("records the commune's acknowledgements once each, and brings them back to the province in its feed", async () => {
    const acknowledge = (account: AccountName, state: string) => api(account)("POST", `/directives/${id}/acknowledgements`, { state }, json);
    expect((await acknowledge("editorA", "da-nhan")).status).toBe(201);
    expect((await acknowledge("editorA", "da-nhan")).status).toBe(200);
    expect((await acknowledge("editorA", "da-thuc-hien")).status).toBe(201);
    expect((await acknowledge("editorA", "xong")).status).toBe(422);
    expect((await acknowledge("viewerA", "da-nhan")).status).toBe(403);
    expect((await acknowledge("station", "da-nhan")).status).toBe(403);
    expect((await acknowledge("editorB", "da-nhan")).status).toBe(404);
    const provinceDirectives = (await feed("province")).filter((change) => change.collection === "directives");
    expect(provinceDirectives).toHaveLength(1);
    const acknowledgements = provinceDirectives[0].feature.properties.acknowledgements as { communeCode: string; state: string; by: string }[];
    expect(acknowledgements.map((entry) => [entry.communeCode, entry.state, entry.by])).toEqual([[COMMUNE_A, "da-nhan", "editora"], [COMMUNE_A, "da-thuc-hien", "editora"]]);
    expect((await feed("editorA")).filter((change) => change.collection === "directives").map((change) => change.feature.id)).toEqual([id]);
    expect((await feed("editorB")).some((change) => change.collection === "directives")).toBe(false);
  });

  it("an acknowledgement moves its directive past the cursor a device already holds", async () => {
    const response = await api("province")("GET", "/sync/changes?since=0&limit=10000");
    const { nextCursor } = response.json() as { nextCursor: string };
    const other = randomUUID();
    expect((await api("provinceEditor")("POST", "/directives", { ...directive, id: other, properties: { ...directive.properties, communeCodes: [COMMUNE_A, COMMUNE_B] } })).status).toBe(201);
    expect((await api("editorB")("POST", `/directives/${other}/acknowledgements`, { state: "da-nhan" }, json)).status).toBe(201);
    const later = (await api("province")("GET", `/sync/changes?since=${nextCursor}`)).json() as { changes: Change[] };
    expect(later.changes.map((change) => change.feature.id)).toEqual([other]);
  });

  it("holds in SQL as the API role with a forged context", async () => {
    expect(await asApiRole(fixture.editorB.id, async (client) => (await client.query("select id from directives where id = $1", [id])).rowCount)).toBe(0);
    expect(await asApiRole(fixture.editorA.id, async (client) => (await client.query("select id from directives where id = $1", [id])).rowCount)).toBe(1);
    // Commune B forging an acknowledgement for commune A, and for a directive it cannot see.
    await expect(asApiRole(fixture.editorB.id, (client) =>
      client.query("insert into directive_acknowledgements (directive_id, commune_code, state, by_user, unit_id) values ($1, $2, 'da-nhan', $3, 'chqs-b')", [id, COMMUNE_A, fixture.editorB.id]),
    )).rejects.toThrow(/row-level security/);
    await expect(asApiRole(fixture.editorB.id, (client) =>
      client.query("insert into directive_acknowledgements (directive_id, commune_code, state, by_user, unit_id) values ($1, $2, 'da-nhan', $3, 'chqs-b')", [id, COMMUNE_B, fixture.editorB.id]),
    )).rejects.toThrow(/row-level security/);
    await expect(asApiRole(fixture.editorA.id, (client) =>
      client.query("insert into directives (id, title, commune_codes, owner_unit_id, created_by) values ($1, 'x', $2, 'ca-a', $3)", [randomUUID(), [COMMUNE_A], fixture.editorA.id]),
    )).rejects.toThrow(/row-level security/);
    // Commune B reads no acknowledgement of commune A, the province reads them all.
    expect(await asApiRole(fixture.editorB.id, async (client) => (await client.query("select 1 from directive_acknowledgements where commune_code = $1", [COMMUNE_A])).rowCount)).toBe(0);
    expect(await asApiRole(fixture.province.id, async (client) => (await client.query("select 1 from directive_acknowledgements where commune_code = $1", [COMMUNE_A])).rowCount)).toBe(2);
  });
});

describe("alerts and live events", () => {
  it("pushes a khẩn cấp incident's alert to the commune's border station within a second, and to the province", async () => {
    const station = await openEventStream(server.url, server.tokenFor(fixture.station.id));
    const province = await openEventStream(server.url, server.tokenFor(fixture.province.id));
    const communeB = await openEventStream(server.url, server.tokenFor(fixture.editorB.id));
    streams.push(station, province, communeB);
    const incident = incidentFeature({ lon: 105.05, lat: 18.02, title: "Vượt biên trái phép" });
    incident.properties.severity = "khan-cap";
    const created = await api("editorA")("POST", "/collections/incidents/items", incident);
    expect(created.status).toBe(201);
    const committed = performance.now();
    const isAlert = (event: { event: string; data: string }) => event.event === "alert" && JSON.parse(event.data).properties.incidentId === incident.id;
    const atStation = await station.next(isAlert);
    const alert = JSON.parse(atStation.data) as Change["feature"];
    expect(alert.properties).toMatchObject({ kind: "khan-cap", communeCode: COMMUNE_A, title: "Vượt biên trái phép", severity: "khan-cap" });
    expect(alert.geometry).toEqual({ type: "Point", coordinates: [105.05, 18.02] });
    expect(atStation.receivedAt - committed).toBeLessThan(1_000);
    await province.next(isAlert);
    // Commune B hears about its own write, and heard nothing of commune A's before it.
    expect((await api("editorB")("POST", "/collections/incidents/items", incidentFeature({ lon: 105.15 }))).status).toBe(201);
    await communeB.next((event) => event.event === "changes");
    expect(communeB.events.map((event) => event.event)).toEqual(["changes"]);
    // The alert is in the station's and the province's feed, not in the communes'.
    const alertsIn = async (account: AccountName) => (await feed(account)).filter((change) => change.collection === "alerts").map((change) => change.feature.properties.incidentId);
    expect(await alertsIn("station")).toEqual([incident.id]);
    expect(await alertsIn("province")).toEqual([incident.id]);
    expect(await alertsIn("editorA")).toEqual([]);
    expect(await alertsIn("editorB")).toEqual([]);
    // Saving it again as khẩn cấp raises no second alert.
    const again = await api("editorA")("PUT", `/collections/incidents/items/${incident.id}`, { ...incident, properties: { ...incident.properties, title: "Vượt biên (sửa)" } }, { "if-match": '"1"' });
    expect(again.status).toBe(200);
    expect(await alertsIn("province")).toEqual([incident.id]);
  });

  it("raises a border-belt alert for an incident within 1,000 m of the commune's border line, not farther", async () => {
    const line = { type: "Feature", id: randomUUID(), geometry: { type: "LineString", coordinates: [[105.0, 18.09], [105.1, 18.09]] }, properties: { name: "Biên giới", communeCodes: [COMMUNE_A] } };
    expect((await api("station")("POST", "/collections/border-line/items", line)).status).toBe(201);
    const near = incidentFeature({ lon: 105.06, lat: 18.085 }); // ≈ 555 m from the line
    const far = incidentFeature({ lon: 105.06, lat: 18.03 }); // ≈ 6.7 km
    expect((await api("editorA")("POST", "/collections/incidents/items", near)).status).toBe(201);
    expect((await api("editorA")("POST", "/collections/incidents/items", far)).status).toBe(201);
    const alerts = (await feed("province")).filter((change) => change.collection === "alerts").map((change) => change.feature.properties);
    expect(alerts.filter((alert) => alert.incidentId === near.id).map((alert) => alert.kind)).toEqual(["vanh-dai-bien-gioi"]);
    expect(alerts.some((alert) => alert.incidentId === far.id)).toBe(false);
  });

  it("raises alerts for incidents written by a batched outbox run as well", async () => {
    const urgent = incidentFeature({ lon: 105.03, lat: 18.03 });
    urgent.properties.severity = "khan-cap";
    const ordinary = incidentFeature({ lon: 105.04, lat: 18.03 });
    const entries = [urgent, ordinary].map((payload) => ({ id: randomUUID(), method: "POST", path: "/collections/incidents/items", baseVersion: 0, payload }));
    const answer = (await api("editorA")("POST", "/sync/outbox", { entries }, json)).json() as { results: { status: number }[] };
    expect(answer.results.map((result) => result.status)).toEqual([201, 201]);
    const alerts = (await feed("station")).filter((change) => change.collection === "alerts").map((change) => change.feature.properties.incidentId);
    expect(alerts).toContain(urgent.id);
    expect(alerts).not.toContain(ordinary.id);
  });

  it("ends open event streams when the server shuts down", async () => {
    const second = await startTestServer(database);
    const response = await fetch(`${second.url}/sync/events`, { headers: { authorization: `Bearer ${second.tokenFor(fixture.station.id)}` } });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    await reader.read(); // ": connected"
    await second.close();
    for (;;) if ((await reader.read()).done) break;
  });

  it("refuses /sync/events without a token", async () => {
    expect((await apiClient(server.url)("GET", "/sync/events")).status).toBe(401);
  });
});

describe("shared records both ways", () => {
  it("brings the border station's own patrol to the commune's devices, not to another commune's", async () => {
    const patrol = { type: "Feature", id: randomUUID(), geometry: { type: "LineString", coordinates: [[105.02, 18.05], [105.04, 18.06]] }, properties: { date: "2026-11-30", route: "Mốc 484 – 486", communeCodes: [COMMUNE_A] } };
    expect((await api("station")("POST", "/collections/patrols/items", patrol)).status).toBe(201);
    expect((await feed("editorA")).some((change) => change.feature.id === patrol.id)).toBe(true);
    expect((await feed("editorB")).some((change) => change.feature.id === patrol.id)).toBe(false);
  });
});

describe("devices", () => {
  it("records a device's last successful pull, per user; a malformed device id is refused", async () => {
    const device = randomUUID();
    await feed("editorA", { "x-device-id": device });
    const row = await withClient(database.adminUrl, async (client) =>
      (await client.query("select user_id, unit_id, last_sync_at from devices where id = $1", [device])).rows,
    );
    expect(row).toHaveLength(1);
    expect(row[0]).toMatchObject({ user_id: fixture.editorA.id, unit_id: "ca-a" });
    expect(row[0].last_sync_at).toBeInstanceOf(Date);
    expect((await api("editorA")("GET", "/sync/changes", undefined, { "x-device-id": "may-1" })).status).toBe(400);
    // Another user's device rows are not theirs to read; the province reads them.
    expect(await asApiRole(fixture.editorB.id, async (client) => (await client.query("select 1 from devices where id = $1", [device])).rowCount)).toBe(0);
    expect(await asApiRole(fixture.province.id, async (client) => (await client.query("select 1 from devices where id = $1", [device])).rowCount)).toBe(1);
  });
});
