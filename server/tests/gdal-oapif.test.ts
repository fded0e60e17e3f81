// A real third-party client: GDAL's OAPIF driver (Debian gdal-bin) lists the
// collections and reads every feature of a collection, following the
// server's `next` links page by page, with the bearer token sent through
// GDAL_HTTP_HEADERS.

import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LAYER_CATALOG } from "../../src/domain/layer-catalog";
import { createTestDatabase, withClient, type TestDatabase } from "./helpers/test-database";
import { seedFixture, COMMUNE_A, COMMUNE_B, type Fixture } from "./helpers/fixture";
import { startTestServer, type TestServer } from "./helpers/test-server";
import { seedIncidents } from "./helpers/sample-features";

const run = promisify(execFile);
let database: TestDatabase;
let server: TestServer;
let fixture: Fixture;
let workDirectory: string;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await withClient(database.adminUrl, async (client) => {
    const seeded = await seedFixture(client);
    await seedIncidents(client, COMMUNE_A, "ca-a", 1_234, 105.0, 18.0);
    await seedIncidents(client, COMMUNE_B, "chqs-b", 100, 105.1, 18.0);
    return seeded;
  });
  server = await startTestServer(database);
  workDirectory = await mkdtemp(join(tmpdir(), "oapif-gdal-"));
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
  if (workDirectory) await rm(workDirectory, { recursive: true, force: true });
});

function gdalEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GDAL_HTTP_HEADERS: `Authorization: Bearer ${server.tokenFor(fixture.editorA.id)}`,
    // Loopback only: no proxy, no retries hiding errors.
    NO_PROXY: "127.0.0.1",
    GDAL_HTTP_MAX_RETRY: "0",
  };
}

describe("GDAL ogrinfo / ogr2ogr through the OAPIF driver", () => {
  it("lists every collection", async () => {
    const { stdout } = await run("ogrinfo", ["-ro", "-q", `OAPIF:${server.url}/`], { env: gdalEnvironment() });
    for (const id of ["incidents", "drills", "marker-inspections", "patrols", ...LAYER_CATALOG.map((layer) => layer.id)]) {
      expect(stdout).toMatch(new RegExp(`^\\d+: ${id}\\b`, "m"));
    }
  });

  it("reads every feature of a collection the user may see, paging 100 at a time", async () => {
    const output = join(workDirectory, "incidents.geojson");
    const before = server.requests.length;
    await run("ogr2ogr", ["-f", "GeoJSON", output, `OAPIF:${server.url}/collections/incidents`, "-oo", "PAGE_SIZE=100"], { env: gdalEnvironment() });
    const copied = JSON.parse(await readFile(output, "utf8")) as { features: { properties: { id: string } }[] };
    expect(copied.features).toHaveLength(1_234);
    const pageRequests = server.requests.slice(before).filter((url) => url.includes("/collections/incidents/items"));
    expect(pageRequests.some((url) => url.includes("after="))).toBe(true);
    expect(pageRequests.length).toBeGreaterThanOrEqual(13);
    const expectedIds = await withClient(database.adminUrl, async (client) =>
      (await client.query<{ id: string }>("select id::text from features where collection = 'incidents' and commune_codes = array[$1]", [COMMUNE_A])).rows.map((row) => row.id),
    );
    expect(new Set(copied.features.map((feature) => feature.properties.id))).toEqual(new Set(expectedIds));
  });

  it("is refused without a token", async () => {
    const environment = { ...gdalEnvironment(), GDAL_HTTP_HEADERS: "" };
    await expect(run("ogrinfo", ["-ro", "-q", `OAPIF:${server.url}/collections/incidents`], { env: environment })).rejects.toThrow();
  });
});
