// The delegation table, checked twice: through the API and directly in SQL
// as the API role with a forged per-transaction context, so a bug in the API
// layer cannot leak another commune's rows. Guessing another commune's UUID
// (IDOR) gives 404.

import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, withClient, type TestDatabase } from "./helpers/test-database";
import { seedFixture, COMMUNE_A, COMMUNE_B, COMMUNE_C, type AccountName, type Fixture } from "./helpers/fixture";
import { startTestServer, type TestServer } from "./helpers/test-server";
import { apiClient } from "./helpers/http-client";
import { assertApiRoleIsConfined } from "../src/db/prepare-database";
import { incidentFeature } from "./helpers/sample-features";

type RowName = "incidentA" | "incidentAShared" | "incidentB" | "incidentC" | "markerA" | "patrolB";

const ROWS: Record<RowName, { collection: string; commune: string; shared: boolean; owner: string; geometry: string }> = {
  incidentA: { collection: "incidents", commune: COMMUNE_A, shared: false, owner: "ca-a", geometry: "POINT(105.05 18.05)" },
  incidentAShared: { collection: "incidents", commune: COMMUNE_A, shared: true, owner: "ca-a", geometry: "POINT(105.06 18.05)" },
  incidentB: { collection: "incidents", commune: COMMUNE_B, shared: false, owner: "chqs-b", geometry: "POINT(105.15 18.05)" },
  incidentC: { collection: "incidents", commune: COMMUNE_C, shared: false, owner: "tinh", geometry: "POINT(105.25 18.05)" },
  // Border markers and patrols are shared with the station by rule (no flag needed).
  markerA: { collection: "border-marker", commune: COMMUNE_A, shared: false, owner: "ca-a", geometry: "POINT(105.07 18.05)" },
  patrolB: { collection: "patrols", commune: COMMUNE_B, shared: false, owner: "chqs-b", geometry: "LINESTRING(105.15 18.05, 105.16 18.06)" },
};
const ROW_NAMES = Object.keys(ROWS) as RowName[];

/** Who reads and who writes which rows (the authorization table of docs/features/server.md). */
const READ: Record<AccountName, RowName[]> = {
  editorA: ["incidentA", "incidentAShared", "markerA"],
  viewerA: ["incidentA", "incidentAShared", "markerA"],
  editorB: ["incidentB", "patrolB"],
  station: ["incidentAShared", "markerA", "patrolB"],
  province: ROW_NAMES,
  provinceEditor: ROW_NAMES,
};
const WRITE: Record<AccountName, RowName[]> = {
  editorA: ["incidentA", "incidentAShared", "markerA"],
  viewerA: [],
  editorB: ["incidentB", "patrolB"],
  station: ["incidentAShared", "markerA", "patrolB"],
  province: [],
  provinceEditor: ["incidentC"],
};
/** New incidents each account may create, by commune and shared flag. */
const CREATE: Record<AccountName, { commune: string; shared: boolean; allowed: boolean }[]> = {
  editorA: [{ commune: COMMUNE_A, shared: false, allowed: true }, { commune: COMMUNE_B, shared: false, allowed: false }],
  viewerA: [{ commune: COMMUNE_A, shared: false, allowed: false }],
  editorB: [{ commune: COMMUNE_B, shared: false, allowed: true }, { commune: COMMUNE_A, shared: true, allowed: false }],
  station: [{ commune: COMMUNE_A, shared: true, allowed: true }, { commune: COMMUNE_A, shared: false, allowed: false }, { commune: COMMUNE_C, shared: true, allowed: false }],
  province: [{ commune: COMMUNE_C, shared: false, allowed: false }],
  provinceEditor: [{ commune: COMMUNE_C, shared: false, allowed: true }],
};
const ACCOUNT_NAMES = Object.keys(READ) as AccountName[];

let database: TestDatabase;
let server: TestServer;
let fixture: Fixture;
const ids = {} as Record<RowName, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await withClient(database.adminUrl, async (client) => {
    const seeded = await seedFixture(client);
    for (const name of ROW_NAMES) {
      const row = ROWS[name];
      ids[name] = randomUUID();
      await client.query(
        `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id, shared_with_border_station)
         values ($1, $2, st_geomfromtext($3, 4326), '{"title":"mẫu"}', array[$4], $5, $6)`,
        [ids[name], row.collection, row.geometry, row.commune, row.owner, row.shared],
      );
    }
    return seeded;
  });
  server = await startTestServer(database);
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
});

async function asApiRole<T>(userId: string | null, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(database.apiUrl, async (client) => {
    await client.query("begin");
    try {
      if (userId) await client.query("select set_config('app.user_id', $1, true)", [userId]);
      return await work(client);
    } finally {
      await client.query("rollback");
    }
  });
}

describe("the API role cannot bypass row-level security", () => {
  it("is neither superuser nor owner nor bypassrls, and every data table forces RLS", async () => {
    await withClient(database.apiUrl, async (client) => {
      const role = (await client.query("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")).rows[0];
      expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
      const tables = (await client.query(
        `select relname, relrowsecurity, relforcerowsecurity, pg_has_role(current_user, relowner, 'MEMBER') as owns
         from pg_class where relname in ('features', 'attachments', 'idempotency_keys') order by relname`,
      )).rows;
      expect(tables).toEqual([
        { relname: "attachments", relrowsecurity: true, relforcerowsecurity: true, owns: false },
        { relname: "features", relrowsecurity: true, relforcerowsecurity: true, owns: false },
        { relname: "idempotency_keys", relrowsecurity: true, relforcerowsecurity: true, owns: false },
      ]);
    });
  });

  it("the server refuses to start on a connection that would bypass RLS (superuser/owner) and accepts the API role", async () => {
    await expect(assertApiRoleIsConfined(database.adminUrl)).rejects.toThrow(/phân quyền theo dòng sẽ bị bỏ qua/);
    await expect(assertApiRoleIsConfined(database.apiUrl)).resolves.toBeUndefined();
  });

  it("sees nothing without a context and cannot hard-delete", async () => {
    await asApiRole(null, async (client) => {
      expect((await client.query("select count(*)::int as n from features")).rows[0].n).toBe(0);
    });
    await asApiRole(fixture.province.id, async (client) => {
      await expect(client.query("delete from features")).rejects.toThrow(/permission denied/);
    });
  });
});

describe.each(ACCOUNT_NAMES)("account %s", (account) => {
  it("reads exactly its rows, in SQL with a forged context", async () => {
    const visible = await asApiRole(fixture[account].id, async (client) =>
      (await client.query<{ id: string }>("select id from features where id = any($1)", [Object.values(ids)])).rows.map((row) => row.id),
    );
    expect(visible.sort()).toEqual(READ[account].map((name) => ids[name]).sort());
  });

  it("updates exactly its rows, in SQL with a forged context", async () => {
    for (const name of ROW_NAMES) {
      const updated = await asApiRole(fixture[account].id, async (client) =>
        (await client.query("update features set properties = properties || '{\"checked\":true}' where id = $1", [ids[name]])).rowCount,
      );
      expect(updated, `${account} → ${name}`).toBe(WRITE[account].includes(name) ? 1 : 0);
    }
  });

  it("cannot move a row it may write into another commune, in SQL", async () => {
    const [writable] = WRITE[account].filter((name) => ROWS[name].commune !== COMMUNE_C);
    if (!writable || account === "provinceEditor") return;
    await asApiRole(fixture[account].id, async (client) => {
      await expect(client.query("update features set commune_codes = array['42003'] where id = $1", [ids[writable]])).rejects.toThrow(/row-level security/);
    });
  });

  it("creates only where allowed, in SQL", async () => {
    const unit = (await withClient(database.adminUrl, (client) => client.query("select unit_id from users where id = $1", [fixture[account].id]))).rows[0].unit_id;
    for (const attempt of CREATE[account]) {
      const insert = asApiRole(fixture[account].id, (client) =>
        client.query(
          `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id, shared_with_border_station)
           values (gen_random_uuid(), 'incidents', st_geomfromtext('POINT(105 18)', 4326), '{}', array[$1], $2, $3)`,
          [attempt.commune, unit, attempt.shared],
        ),
      );
      if (attempt.allowed) await expect(insert).resolves.toBeTruthy();
      else await expect(insert).rejects.toThrow(/row-level security/);
    }
  });

  it("reads through the API: its rows 200, every other row 404 (no hint it exists)", async () => {
    const api = apiClient(server.url, server.tokenFor(fixture[account].id));
    for (const name of ROW_NAMES) {
      const response = await api("GET", `/collections/${ROWS[name].collection}/items/${ids[name]}`);
      expect(response.status, `${account} → ${name}`).toBe(READ[account].includes(name) ? 200 : 404);
    }
    const listed = (await api("GET", "/collections/incidents/items?limit=1000")).json() as { features: { id: string }[] };
    const expectedIncidents = READ[account].filter((name) => ROWS[name].collection === "incidents").map((name) => ids[name]);
    expect(listed.features.map((feature) => feature.id).filter((id) => Object.values(ids).includes(id)).sort()).toEqual(expectedIncidents.sort());
  });

  it("writes through the API: its rows 200, visible read-only rows 403, invisible rows 404 (read-only accounts: 403)", async () => {
    const api = apiClient(server.url, server.tokenFor(fixture[account].id));
    for (const name of ROW_NAMES) {
      const row = ROWS[name];
      const body = {
        type: "Feature",
        geometry: row.collection === "patrols" ? { type: "LineString", coordinates: [[105.15, 18.05], [105.16, 18.06]] } : { type: "Point", coordinates: [105.05, 18.05] },
        properties: { title: `sửa bởi ${account}` },
      };
      const response = await api("PUT", `/collections/${row.collection}/items/${ids[name]}`, body, { "if-match": "*" });
      // A read-only account is refused every write up front (403, whether the row exists or not).
      const readOnly = account === "viewerA" || account === "province";
      const expected = WRITE[account].includes(name) ? 200 : readOnly || READ[account].includes(name) ? 403 : 404;
      expect(response.status, `${account} → ${name}: ${response.text}`).toBe(expected);
    }
  });

  it("creates through the API only where allowed (403 otherwise)", async () => {
    const api = apiClient(server.url, server.tokenFor(fixture[account].id));
    for (const attempt of CREATE[account]) {
      const response = await api("POST", "/collections/incidents/items", incidentFeature({ communeCode: attempt.commune, shared: attempt.shared }));
      expect(response.status, `${account} → ${attempt.commune}/${attempt.shared}`).toBe(attempt.allowed ? 201 : 403);
    }
  });
});

describe("IDOR and scoped sync", () => {
  it("another commune's incident and its photo are 404 for reads and writes", async () => {
    const api = apiClient(server.url, server.tokenFor(fixture.editorA.id));
    expect((await api("GET", `/collections/incidents/items/${ids.incidentB}`)).status).toBe(404);
    expect((await api("PATCH", `/collections/incidents/items/${ids.incidentB}`, { properties: { title: "x" } }, { "if-match": "*", "content-type": "application/merge-patch+json" })).status).toBe(404);
    expect((await api("DELETE", `/collections/incidents/items/${ids.incidentB}`, undefined, { "if-match": "*" })).status).toBe(404);
    const photo = { id: randomUUID(), incidentId: ids.incidentB, fileName: "a.jpg", type: "image/jpeg", size: 1 };
    expect((await api("PUT", `/collections/incidents/items/${ids.incidentB}/attachments/${photo.id}`, photo)).status).toBe(404);
  });

  it("the sync feed carries only the account's rows; a province device only its own unit's (the IOC reads the rest from the server)", async () => {
    const kept: Record<AccountName, RowName[]> = { ...READ, province: ["incidentC"], provinceEditor: ["incidentC"] };
    for (const account of ACCOUNT_NAMES) {
      const api = apiClient(server.url, server.tokenFor(fixture[account].id));
      const feed = (await api("GET", "/sync/changes?since=0&limit=10000")).json() as { changes: { feature: { id: string } }[] };
      const seeded = feed.changes.map((change) => change.feature.id).filter((id) => Object.values(ids).includes(id));
      expect(seeded.sort(), account).toEqual(kept[account].map((name) => ids[name]).sort());
    }
  });
});
