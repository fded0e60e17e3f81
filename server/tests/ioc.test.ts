// The province operations centre (IOC) against a seeded province: per-commune
// aggregates (open incidents by severity, overdue marker inspections, drills
// this month, devices not synced for N days), the incidents vector tile
// decoded by GDAL's MVT driver, and province-only access.

import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, withClient, type TestDatabase } from "./helpers/test-database";
import { COMMUNE_A, COMMUNE_B, COMMUNE_C, seedFixture, type Fixture } from "./helpers/fixture";
import { startTestServer, type TestServer } from "./helpers/test-server";
import { apiClient } from "./helpers/http-client";

const run = promisify(execFile);
let database: TestDatabase;
let server: TestServer;
let fixture: Fixture;
let directory: string;

interface CommuneFeature {
  id: string;
  geometry: { type: string };
  properties: { code: string; name: string; openIncidents: Record<string, number>; overdueInspections: number; drillsThisMonth: number; staleDevices: number };
}

/** Incidents of commune A (lon 105.0–105.1) and B (105.1–105.2): [commune, lon, severity, status, deleted]. */
const INCIDENTS: [string, number, string, string, boolean][] = [
  [COMMUNE_A, 105.011, "khan-cap", "moi", false],
  [COMMUNE_A, 105.012, "khan-cap", "dang-xac-minh", false],
  [COMMUNE_A, 105.013, "khan-cap", "dang-xu-ly", false],
  [COMMUNE_A, 105.014, "cao", "moi", false],
  [COMMUNE_A, 105.015, "cao", "moi", false],
  [COMMUNE_A, 105.016, "cao", "da-giai-quyet", false],
  [COMMUNE_A, 105.017, "thap", "moi", true],
  [COMMUNE_B, 105.15, "thap", "moi", false],
];

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await withClient(database.adminUrl, async (client) => {
    const seeded = await seedFixture(client);
    for (const [commune, lon, severity, status, deleted] of INCIDENTS) {
      await client.query(
        `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id, deleted_at)
         values ($1, 'incidents', st_setsrid(st_makepoint($2, 18.05), 4326), $3, $4, 'tinh', $5)`,
        [randomUUID(), lon, { title: "Vụ việc", severity, status }, [commune], deleted ? new Date() : null],
      );
    }
    const marker = async (commune: string, lastInspected: string | null) => {
      const id = randomUUID();
      await client.query(
        `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id) values ($1, 'border-marker', st_setsrid(st_makepoint(105.05, 18.09), 4326), $2, $3, 'tinh')`,
        [id, { number: 484, lastInspected }, [commune]],
      );
      return id;
    };
    const inspected = await marker(COMMUNE_A, "2020-01-01");
    await marker(COMMUNE_A, new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10));
    await marker(COMMUNE_B, null);
    await client.query(
      `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id, datetime)
       values ($1, 'marker-inspections', st_setsrid(st_makepoint(105.05, 18.09), 4326), $2, $3, 'tinh', now() - interval '5 days')`,
      [randomUUID(), { markerId: inspected, condition: "tot" }, [COMMUNE_A]],
    );
    for (const [when, commune] of [["now()", COMMUNE_A], ["now() + interval '1 year'", COMMUNE_A], ["now() - interval '1 year'", COMMUNE_B]]) {
      await client.query(
        `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id, datetime) values ($1, 'drills', null, '{"name":"Diễn tập"}', $2, 'tinh', ${when})`,
        [randomUUID(), [commune]],
      );
    }
    const device = (user: string, unit: string, lastSync: string | null) =>
      client.query("insert into devices (id, user_id, unit_id, last_sync_at) values ($1, $2, $3, $4)", [randomUUID(), user, unit, lastSync]);
    await device(seeded.editorA.id, "ca-a", new Date(Date.now() - 10 * 86_400_000).toISOString());
    await device(seeded.viewerA.id, "ca-a", new Date().toISOString());
    await device(seeded.editorB.id, "chqs-b", null);
    await client.query("analyze");
    return seeded;
  });
  server = await startTestServer(database);
  directory = await mkdtemp(join(tmpdir(), "ioc-mvt-"));
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe("GET /ioc/communes", () => {
  it("aggregates each commune of the province", async () => {
    const response = await apiClient(server.url, server.tokenFor(fixture.province.id))("GET", "/ioc/communes?staleDays=7");
    expect(response.status).toBe(200);
    const { features } = response.json() as { features: CommuneFeature[] };
    expect(features.map((feature) => feature.id)).toEqual([COMMUNE_A, COMMUNE_B, COMMUNE_C]);
    const [a, b, c] = features.map((feature) => feature.properties);
    expect(a).toEqual({ code: COMMUNE_A, name: "Xã A", openIncidents: { "khan-cap": 3, cao: 2 }, overdueInspections: 1, drillsThisMonth: 1, staleDevices: 1 });
    expect(b).toEqual({ code: COMMUNE_B, name: "Xã B", openIncidents: { thap: 1 }, overdueInspections: 1, drillsThisMonth: 0, staleDevices: 1 });
    expect(c).toEqual({ code: COMMUNE_C, name: "Xã C", openIncidents: {}, overdueInspections: 0, drillsThisMonth: 0, staleDevices: 0 });
    expect(features[0].geometry.type).toMatch(/Polygon$/);
    // A longer threshold: commune A's device synced 10 days ago is no longer stale; B's never synced one still is.
    const relaxed = (await apiClient(server.url, server.tokenFor(fixture.province.id))("GET", "/ioc/communes?staleDays=30")).json() as { features: CommuneFeature[] };
    expect(relaxed.features.map((feature) => feature.properties.staleDevices)).toEqual([0, 1, 0]);
  });

  it("is the province's only: 403 for a commune or a border station, 401 without a token, 400 for a bad staleDays", async () => {
    expect((await apiClient(server.url, server.tokenFor(fixture.editorA.id))("GET", "/ioc/communes")).status).toBe(403);
    expect((await apiClient(server.url, server.tokenFor(fixture.station.id))("GET", "/ioc/communes")).status).toBe(403);
    expect((await apiClient(server.url)("GET", "/ioc/communes")).status).toBe(401);
    expect((await apiClient(server.url, server.tokenFor(fixture.province.id))("GET", "/ioc/communes?staleDays=abc")).status).toBe(400);
  });
});

/** The z/x/y tile holding a point (Web Mercator, XYZ scheme). */
function tileOf(lon: number, lat: number, z: number): [number, number, number] {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return [z, Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.asinh(Math.tan(rad)) / Math.PI) / 2) * n)];
}

async function decodeTile(z: number, x: number, y: number): Promise<string> {
  const response = await fetch(`${server.url}/ioc/incidents/tiles/${z}/${x}/${y}.mvt`, { headers: { authorization: `Bearer ${server.tokenFor(fixture.province.id)}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/vnd.mapbox-vector-tile");
  const file = join(directory, `${z}-${x}-${y}.mvt`);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  const { stdout } = await run("ogrinfo", ["-ro", "-al", "-oo", `Z=${z}`, "-oo", `X=${x}`, "-oo", `Y=${y}`, file]);
  return stdout;
}

describe("GET /ioc/incidents/tiles/{z}/{x}/{y}.mvt", () => {
  it("from zoom 13 serves each open incident of the tile, layer incidents, with id, severity, status and commune", async () => {
    const output = await decodeTile(...tileOf(105.014, 18.05, 13));
    expect(output).toMatch(/Layer name: incidents/);
    expect(output).toMatch(/Feature Count: 5/);
    const severities = [...output.matchAll(/severity \(String\) = (\S+)/g)].map((match) => match[1]).sort();
    expect(severities).toEqual(["cao", "cao", "khan-cap", "khan-cap", "khan-cap"]);
    expect([...output.matchAll(/communeCode \(String\) = (\S+)/g)].every((match) => match[1] === COMMUNE_A)).toBe(true);
    expect(output).toMatch(/status \(String\) = dang-xu-ly/);
    expect(output).toMatch(/id \(String\) = [0-9a-f-]{36}/);
    // Web Mercator metres of lon 105.01x, lat 18.05.
    expect(output).toMatch(/POINT \(116[89][0-9]{4}\.?[0-9]* 2043[0-9]{3}\.?[0-9]*\)/);
  });

  it("below zoom 13 serves one point per commune with its open count and highest severity", async () => {
    const output = await decodeTile(...tileOf(105.1, 18.05, 8));
    expect(output).toMatch(/Feature Count: 2/);
    const communes = [...output.matchAll(/communeCode \(String\) = (\S+)/g)].map((match) => match[1]);
    const counts = [...output.matchAll(/count \(Integer\) = (\d+)/g)].map((match) => Number(match[1]));
    const severities = [...output.matchAll(/severity \(String\) = (\S+)/g)].map((match) => match[1]);
    expect(Object.fromEntries(communes.map((code, index) => [code, [counts[index], severities[index]]]))).toEqual({ [COMMUNE_A]: [5, "khan-cap"], [COMMUNE_B]: [1, "thap"] });
  });

  it("keeps the counts live: resolving an incident through the API lowers its commune's count", async () => {
    const editor = apiClient(server.url, server.tokenFor(fixture.editorB.id));
    const incident = await withClient(database.adminUrl, async (client) =>
      (await client.query<{ id: string }>("select id::text from features where collection = 'incidents' and commune_codes = $1", [[COMMUNE_B]])).rows[0].id,
    );
    const current = (await editor("GET", `/collections/incidents/items/${incident}`)).json() as { properties: Record<string, unknown> };
    const resolved = { type: "Feature", id: incident, geometry: { type: "Point", coordinates: [105.15, 18.05] }, properties: { ...current.properties, status: "da-giai-quyet" } };
    expect((await editor("PUT", `/collections/incidents/items/${incident}`, resolved, { "if-match": '"1"' })).status).toBe(200);
    const { features } = (await apiClient(server.url, server.tokenFor(fixture.province.id))("GET", "/ioc/communes")).json() as { features: CommuneFeature[] };
    expect(features[1].properties.openIncidents).toEqual({});
  });

  it("a tile without incidents is empty; a commune user gets 403; a bad tile 400", async () => {
    const [z, x, y] = tileOf(100, 10, 12);
    const empty = await fetch(`${server.url}/ioc/incidents/tiles/${z}/${x}/${y}.mvt`, { headers: { authorization: `Bearer ${server.tokenFor(fixture.province.id)}` } });
    expect(empty.status).toBe(200);
    expect((await empty.arrayBuffer()).byteLength).toBe(0);
    expect((await apiClient(server.url, server.tokenFor(fixture.editorA.id))("GET", "/ioc/incidents/tiles/8/202/114.mvt")).status).toBe(403);
    expect((await apiClient(server.url, server.tokenFor(fixture.province.id))("GET", "/ioc/incidents/tiles/3/9/1.mvt")).status).toBe(400);
  });
});
