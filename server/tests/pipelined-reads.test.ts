// Reads as the user in one round trip (db/user-transaction.ts: begin,
// context, statements and commit pipelined on one pooled connection). Row-level
// security stays the only filter: another commune's rows stay invisible
// through the pipelined page and item reads under both plan choices, with
// requests of different users interleaved on a single connection, and a
// failed statement leaves no context or transaction behind on the connection.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, withClient, type TestDatabase } from "./helpers/test-database";
import { COMMUNE_A, COMMUNE_B, seedFixture, type Fixture } from "./helpers/fixture";
import { startTestServer, type TestServer } from "./helpers/test-server";
import { apiClient } from "./helpers/http-client";
import { incidentFeature, seedCommunesAandB } from "./helpers/sample-features";
import { startRoundTripCounter, type RoundTripCounter } from "./helpers/round-trip-counter";
import { readAsUser, withUserTransaction } from "../src/db/user-transaction";

const PER_COMMUNE = 1_500;
const BOX_A = "105,18,105.1,18.1";
const BOX_B = "105.1,18,105.2,18.1";
const BOTH = "105,18,105.2,18.1";

interface Page {
  features: { id: string; properties: { communeCodes: string[] } }[];
  links: { rel: string; href: string }[];
}

let database: TestDatabase;
let fixture: Fixture;
let counter: RoundTripCounter;
/** One pooled connection, through the round-trip counter: every request of every user shares it. */
let server: TestServer;
let incidentOfB: string;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await withClient(database.adminUrl, async (client) => {
    const seeded = await seedFixture(client);
    await seedCommunesAandB(client, PER_COMMUNE);
    incidentOfB = (await client.query("select id from features where commune_codes = array[$1] limit 1", [COMMUNE_B])).rows[0].id;
    // Statistics make items-repository.ts choose: the id walk for a commune's box, the bitmap for a tiny one.
    await client.query("analyze features");
    return seeded;
  });
  counter = await startRoundTripCounter(database.apiUrl);
  // Without the page cache: every request here is meant to reach the database.
  server = await startTestServer(database, { databaseUrl: counter.url, poolSize: 1, pageCacheBytes: 0 });
});

afterAll(async () => {
  await server?.close();
  await counter?.close();
  await database?.drop();
});

async function allPages(token: string, path: string): Promise<Page["features"]> {
  const api = apiClient(server.url, token);
  const features: Page["features"] = [];
  for (let next: string | undefined = path; next; ) {
    const response = await api("GET", next);
    expect(response.status).toBe(200);
    const page = response.json() as Page;
    features.push(...page.features);
    next = page.links.find((link) => link.rel === "next")?.href.replace(server.url, "");
  }
  return features;
}

describe("pipelined reads keep row-level security the only filter", () => {
  it("a commune's editor pages through exactly its own incidents of a box spanning two communes", async () => {
    for (const [editor, commune] of [[fixture.editorA.id, COMMUNE_A], [fixture.editorB.id, COMMUNE_B]] as const) {
      const features = await allPages(server.tokenFor(editor), `/collections/incidents/items?bbox=${BOTH}&limit=1000`);
      expect(features).toHaveLength(PER_COMMUNE);
      expect(new Set(features.flatMap((feature) => feature.properties.communeCodes))).toEqual(new Set([commune]));
    }
  });

  it("another commune's box is empty under either plan (id walk for the commune's box, bitmap for a tiny box)", async () => {
    const api = apiClient(server.url, server.tokenFor(fixture.editorA.id));
    for (const box of [BOX_B, "105.15,18.05,105.1501,18.0501"]) {
      const page = (await api("GET", `/collections/incidents/items?bbox=${box}&limit=100`)).json() as Page;
      expect(page.features).toEqual([]);
    }
    expect((await allPages(server.tokenFor(fixture.editorA.id), `/collections/incidents/items?bbox=${BOX_A}&limit=1000`))).toHaveLength(PER_COMMUNE);
    // The single item read is pipelined too: another commune's UUID does not exist for this user.
    expect((await api("GET", `/collections/incidents/items/${incidentOfB}`)).status).toBe(404);
    expect((await apiClient(server.url, server.tokenFor(fixture.editorB.id))("GET", `/collections/incidents/items/${incidentOfB}`)).status).toBe(200);
  });

  it("users' requests interleaved on one connection never see each other's rows", async () => {
    const editors = [[fixture.editorA.id, COMMUNE_A], [fixture.editorB.id, COMMUNE_B]] as const;
    const pages = await Promise.all(
      Array.from({ length: 24 }, async (_, index) => {
        const [editor, commune] = editors[index % 2];
        const response = await apiClient(server.url, server.tokenFor(editor))("GET", `/collections/incidents/items?bbox=${BOTH}&limit=200`);
        return { commune, page: response.json() as Page };
      }),
    );
    for (const { commune, page } of pages) {
      expect(page.features).toHaveLength(200);
      expect(page.features.every((feature) => feature.properties.communeCodes.join() === commune)).toBe(true);
    }
  });

  it("a failed statement leaves neither a context nor an open transaction on the connection", async () => {
    const pool = new pg.Pool({ connectionString: database.apiUrl, max: 1, pipeline: true });
    try {
      const visibleToA = { text: "select count(*)::int as n from features" };
      const [counted] = await readAsUser(pool, fixture.editorA.id, [visibleToA]);
      expect(counted.rows[0].n).toBe(PER_COMMUNE);
      await expect(readAsUser(pool, fixture.editorA.id, [visibleToA, { text: "select 1 / 0" }])).rejects.toThrow(/division by zero/);
      await expect(withUserTransaction(pool, fixture.editorA.id, (client) => client.query("select 1 / 0"))).rejects.toThrow(/division by zero/);
      const left = (await pool.query(
        "select coalesce(current_setting('app.user_id', true), '') as context, txid_current_if_assigned() as transaction, (select count(*)::int from features) as visible",
      )).rows[0];
      expect(left).toEqual({ context: "", transaction: null, visible: 0 });
    } finally {
      await pool.end();
    }
  });
});

describe("round trips to PostgreSQL per request", () => {
  async function roundTripsOf(request: () => Promise<{ status: number }>, status: number): Promise<number> {
    const before = counter.roundTrips();
    expect((await request()).status).toBe(status);
    return counter.roundTrips() - before;
  }

  it("an items page and a single item: one (begin, context, plan choice, page, commit sent together)", async () => {
    const api = apiClient(server.url, server.tokenFor(fixture.editorA.id));
    await api("GET", "/collections/incidents/items?limit=1"); // the pooled connection exists
    expect(await roundTripsOf(() => api("GET", `/collections/incidents/items?bbox=${BOX_A}&limit=100`), 200)).toBe(1);
    expect(await roundTripsOf(() => api("GET", "/collections/village/items?limit=10"), 200)).toBe(1);
    expect(await roundTripsOf(() => api("GET", `/collections/incidents/items/${incidentOfB}`), 404)).toBe(1);
  });

  it("a create: the account check travels with begin and context, then the write, its audit, commit", async () => {
    const api = apiClient(server.url, server.tokenFor(fixture.editorA.id));
    const incident = incidentFeature({ communeCode: COMMUNE_A });
    expect(await roundTripsOf(() => api("POST", "/collections/incidents/items", incident, { "idempotency-key": crypto.randomUUID() }), 201)).toBe(4);
  });
});
