// The items-page cache (src/ogc/item-page-cache.ts) against the real
// database: a repeated page comes from memory, yet every committed change is
// read — a write through the API at once, a write by another connection
// (another server process, an admin, psql) as soon as its notification
// arrives — pages are per user, a change of who sees what is obeyed, and a
// lost notification connection forgets everything. "From memory" is shown
// by a change made with triggers off (session_replication_role = replica:
// no notification), which the cached page does not show.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, withClient, type TestDatabase } from "./helpers/test-database";
import { COMMUNE_A, COMMUNE_B, seedFixture, type Fixture } from "./helpers/fixture";
import { startTestServer, type TestServer } from "./helpers/test-server";
import { apiClient } from "./helpers/http-client";
import { incidentFeature, seedCommunesAandB } from "./helpers/sample-features";

const PER_COMMUNE = 200;
const BOX_A = "105,18,105.1,18.1";
const BOTH = "105,18,105.2,18.1";
const PAGE_A = `/collections/incidents/items?bbox=${BOX_A}&limit=1000`;
const SEEN_WITHIN = { timeout: 5_000, interval: 50 };

interface Page {
  features: { id: string; geometry: { coordinates: number[] }; properties: { title: string; communeCodes: string[] } }[];
}

let database: TestDatabase;
let fixture: Fixture;
let server: TestServer;
let admin: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await withClient(database.adminUrl, async (client) => {
    const seeded = await seedFixture(client);
    await seedCommunesAandB(client, PER_COMMUNE);
    return seeded;
  });
  server = await startTestServer(database);
  admin = new pg.Client({ connectionString: database.adminUrl });
  await admin.connect();
});

afterAll(async () => {
  await admin?.end();
  await server?.close();
  await database?.drop();
});

async function page(userId: string, path = PAGE_A): Promise<Page["features"]> {
  const response = await apiClient(server.url, server.tokenFor(userId))("GET", path);
  expect(response.status).toBe(200);
  return (response.json() as Page).features;
}

const titleOf = async (userId: string, id: string) => (await page(userId)).find((feature) => feature.id === id)?.properties.title;

/** A change no notification announces: only a page read from the database shows it. */
async function setTitleSilently(id: string, title: string): Promise<void> {
  await admin.query("set session_replication_role = replica");
  try {
    await admin.query("update features set properties = properties || jsonb_build_object('title', $2::text) where id = $1", [id, title]);
  } finally {
    await admin.query("set session_replication_role = default");
  }
}

const setTitle = (id: string, title: string) =>
  admin.query("update features set properties = properties || jsonb_build_object('title', $2::text) where id = $1", [id, title]);

describe("the items-page cache stays exact", () => {
  it("a repeated page comes from memory; another connection's commit is read once its notification arrives", async () => {
    const [first] = await page(fixture.editorA.id);
    await setTitleSilently(first.id, "Đổi không báo");
    expect(await titleOf(fixture.editorA.id, first.id), "the page was kept").toBe(first.properties.title);
    await setTitle(first.id, "Đổi có báo");
    await expect.poll(() => titleOf(fixture.editorA.id, first.id), SEEN_WITHIN).toBe("Đổi có báo");
  });

  it("a write through the API is read back by the next request, without waiting", async () => {
    const api = apiClient(server.url, server.tokenFor(fixture.editorA.id));
    const before = await page(fixture.editorA.id);
    const created = incidentFeature({ communeCode: COMMUNE_A, lon: 105.02, lat: 18.02, title: "Vụ việc mới qua API" });
    expect((await api("POST", "/collections/incidents/items", created)).status).toBe(201);
    const after = await page(fixture.editorA.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((feature) => feature.id === created.id)?.properties.title).toBe("Vụ việc mới qua API");
  });

  it("a write through the API elsewhere (another commune's box) leaves the page kept", async () => {
    const [kept] = await page(fixture.editorA.id);
    await setTitleSilently(kept.id, "Trang vẫn được giữ");
    const elsewhere = incidentFeature({ communeCode: COMMUNE_B, lon: 105.15, lat: 18.05 });
    expect((await apiClient(server.url, server.tokenFor(fixture.editorB.id))("POST", "/collections/incidents/items", elsewhere)).status).toBe(201);
    expect(await titleOf(fixture.editorA.id, kept.id), "not forgotten by a write far from it").toBe(kept.properties.title);
    await setTitle(kept.id, "Trang vẫn được giữ");
    await expect.poll(() => titleOf(fixture.editorA.id, kept.id), SEEN_WITHIN).toBe("Trang vẫn được giữ");
  });

  it("a point moved out of the box leaves its page (the change's box holds its old position too)", async () => {
    const [moved] = await page(fixture.editorA.id);
    await admin.query("update features set geometry = st_setsrid(st_makepoint(105.25, 18.05), 4326) where id = $1", [moved.id]);
    await expect.poll(async () => (await page(fixture.editorA.id)).some((feature) => feature.id === moved.id), SEEN_WITHIN).toBe(false);
  });

  it("a change elsewhere leaves the page kept", async () => {
    const [kept] = await page(fixture.editorA.id);
    await setTitleSilently(kept.id, "Vẫn là trang cũ");
    // A change in commune B's box, far from A's page: announced, yet A's page stays.
    const ofB = (await admin.query("select id from features where commune_codes = array[$1] limit 1", [COMMUNE_B])).rows[0].id as string;
    await admin.query("update features set geometry = st_setsrid(st_makepoint(105.19, 18.09), 4326) where id = $1", [ofB]);
    await expect.poll(async () => (await page(fixture.provinceEditor.id, `/collections/incidents/items?bbox=105.18,18.08,105.2,18.1`)).some((feature) => feature.id === ofB), SEEN_WITHIN).toBe(true);
    expect(await titleOf(fixture.editorA.id, kept.id)).toBe(kept.properties.title);
    await setTitle(kept.id, "Vẫn là trang cũ");
    await expect.poll(() => titleOf(fixture.editorA.id, kept.id), SEEN_WITHIN).toBe("Vẫn là trang cũ");
  });

  it("pages are kept per user: the same request by another unit reads its own rows", async () => {
    const path = `/collections/incidents/items?bbox=${BOTH}&limit=1000`;
    const communes = async (userId: string) => new Set((await page(userId, path)).flatMap((feature) => feature.properties.communeCodes));
    expect(await communes(fixture.editorA.id)).toEqual(new Set([COMMUNE_A]));
    expect(await communes(fixture.editorB.id)).toEqual(new Set([COMMUNE_B]));
    expect(await communes(fixture.province.id)).toEqual(new Set([COMMUNE_A, COMMUNE_B]));
    expect(await communes(fixture.station.id), "nothing is shared with the station").toEqual(new Set());
  });

  it("a change of who sees what (a unit given another commune, then not) is obeyed", async () => {
    expect(await page(fixture.editorB.id)).toEqual([]);
    await admin.query("insert into unit_communes (unit_id, commune_code) values ('chqs-b', $1)", [COMMUNE_A]);
    await expect.poll(async () => (await page(fixture.editorB.id)).length, SEEN_WITHIN).toBeGreaterThan(0);
    await admin.query("delete from unit_communes where unit_id = 'chqs-b' and commune_code = $1", [COMMUNE_A]);
    await expect.poll(async () => (await page(fixture.editorB.id)).length, SEEN_WITHIN).toBe(0);
    await admin.query("update users set disabled = true where id = $1", [fixture.viewerA.id]);
    try {
      await expect.poll(async () => (await page(fixture.viewerA.id)).length, SEEN_WITHIN).toBe(0);
    } finally {
      await admin.query("update users set disabled = false where id = $1", [fixture.viewerA.id]);
    }
  });

  it("when the notification connection is lost, what was kept is forgotten: a change made meanwhile is read", async () => {
    const [first] = await page(fixture.editorA.id);
    const listeners = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen oapif_pages%'");
    expect(listeners.rowCount).toBe(1);
    // Committed while nobody listens: its notification reaches no server process. It is read
    // before the listener is back (≥ 1 s later): the server stops serving pages as the connection drops.
    await setTitle(first.id, "Đổi khi mất kết nối");
    await expect.poll(() => titleOf(fixture.editorA.id, first.id), { timeout: 800, interval: 20 }).toBe("Đổi khi mất kết nối");
    // Listening again, pages are kept again.
    await expect.poll(async () => (await admin.query("select 1 from pg_stat_activity where datname = current_database() and query ilike 'listen oapif_pages%'")).rowCount, SEEN_WITHIN).toBe(1);
    await page(fixture.editorA.id);
    await setTitleSilently(first.id, "Trang lại được giữ");
    expect(await titleOf(fixture.editorA.id, first.id)).toBe("Đổi khi mất kết nối");
  });
});
