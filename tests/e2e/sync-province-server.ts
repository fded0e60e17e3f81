// The REAL provincial server for the sync end-to-end tests and bench: a
// throw-away PostgreSQL database (server/tests/helpers: migrated, API role,
// the fixture province — communes A/B/C, Công an xã A, Ban CHQS xã B, Đồn
// Biên phòng AB, the province — with TOTP secrets), and the server itself
// as a child process (`tsx server/src/main.ts`) on a fixed loopback port, so
// a test can kill it (SIGKILL, mid-request) and start it again at the same
// address the devices know. CORS allows the app's origin only.

import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createTestDatabase, withClient, type TestDatabase } from "../../server/tests/helpers/test-database";
import { seedFixture, TEST_SECRET_KEY, type Fixture } from "../../server/tests/helpers/fixture";
import { decodeBase32 } from "../../server/src/auth/base32";
import { totp, totpStep } from "../../server/src/auth/totp";

export { PASSWORD, COMMUNE_A, COMMUNE_B, COMMUNE_C } from "../../server/tests/helpers/fixture";

/** Known to the tests, so they can mint an access token for a fixture account. */
export const TOKEN_SECRET = "bi-mat-thu-nghiem-dong-bo";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface ProvinceServer {
  url: string;
  database: TestDatabase;
  fixture: Fixture;
  start(): Promise<void>;
  /** SIGKILL: no graceful close, whatever request is in flight dies with it. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  /** Runs SQL as the owner (checks only: what the server really holds). */
  query<T>(sql: string, values?: unknown[]): Promise<T[]>;
}

export async function startProvinceServer(appOrigin: string): Promise<ProvinceServer> {
  const database = await createTestDatabase("sync_e2e");
  const fixture = await withClient(database.adminUrl, (client) => seedFixture(client));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const env = {
    ...process.env,
    OAPIF_DATABASE_URL: database.apiUrl,
    OAPIF_ADMIN_DATABASE_URL: database.adminUrl,
    OAPIF_HOST: "127.0.0.1",
    OAPIF_PORT: String(port),
    OAPIF_TOKEN_SECRET: TOKEN_SECRET,
    // The fixture's TOTP secrets are encrypted at rest with this key.
    OAPIF_SECRET_KEY: TEST_SECRET_KEY.toString("hex"),
    OAPIF_CORS_ORIGINS: appOrigin.replace(/\/+$/, ""),
    OAPIF_LOGIN_ATTEMPTS_PER_MINUTE: "1000",
    OAPIF_LOG_LEVEL: "warn",
    OAPIF_POOL_SIZE: "4",
  };
  const server: ProvinceServer = {
    url,
    database,
    fixture,
    async start() {
      // Its own process group: tsx runs the server in a child process, and the kill must reach it.
      child = spawn("server/node_modules/.bin/tsx", ["server/src/main.ts"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        try {
          if ((await fetch(`${url}/`)).ok) return;
        } catch {
          // Not listening yet.
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error("the province server did not start within 60 s");
    },
    async kill() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once("exit", () => resolve());
        process.kill(-running.pid!, "SIGKILL");
      });
      // The port is free once the group is gone.
      while (await fetch(`${url}/`).then(() => true, () => false)) await new Promise((resolve) => setTimeout(resolve, 100));
    },
    async stop() {
      await server.kill();
      await database.drop();
    },
    query: (sql, values = []) => withClient(database.adminUrl, async (client) => (await client.query(sql, values)).rows),
  };
  await server.start();
  return server;
}

const lastStep = new Map<string, bigint>();

/** A fresh TOTP code for an account: waits for the next 30 s step when this step's code was already used (a code is accepted once). */
export async function totpCode(secretBase32: string): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / 1000);
    const step = totpStep(now);
    if (lastStep.get(secretBase32) !== step) {
      lastStep.set(secretBase32, step);
      return totp(decodeBase32(secretBase32), now);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

export interface SeededCommune {
  incidentIds: string[];
  featureIds: string[];
  photoIds: string[];
}

/**
 * Fills the server (as the owner, in bulk) with one commune's data shaped as
 * the app writes it: complete incident records, militia posts of the
 * commune's operational layers, and photos (bytes included) on the first
 * incidents.
 */
export async function seedCommune(
  province: ProvinceServer,
  options: { communeCode: string; unit: string; incidents: number; features: number; photos: number; photoBytes: number; west: number; south: number },
): Promise<SeededCommune> {
  return withClient(province.database.adminUrl, async (client) => {
    const at = "2026-03-01T08:00:00.000Z";
    const incidents = await client.query<{ id: string }>(
      `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id, datetime)
       select gen_random_uuid(), 'incidents', st_setsrid(st_makepoint($3 + random() * 0.1, $4 + random() * 0.1), 4326),
         jsonb_build_object('kind', 'incident', 'title', 'Vụ việc ' || n, 'category', 'trom-cap', 'severity', 'trung-binh', 'occurredAt', $6::text,
           'description', 'Mô tả vụ việc ' || n, 'involved', '', 'responsibleOfficer', 'Đ/c Nam', 'status', 'moi', 'villageId', null, 'villageName', null,
           'communeName', 'Xã A', 'attachmentIds', '[]'::jsonb, 'warnings', '[]'::jsonb, 'createdAt', $6::text, 'createdBy', 'ca-a', 'updatedAt', $6::text, 'updatedBy', 'ca-a'),
         array[$1], $2, $6::timestamptz
       from generate_series(1, $5) as n returning id::text`,
      [options.communeCode, options.unit, options.west, options.south, options.incidents, at],
    );
    const features = await client.query<{ id: string }>(
      `insert into features (id, collection, geometry, properties, commune_codes, owner_unit_id)
       select gen_random_uuid(), 'militia-post', st_setsrid(st_makepoint($3 + random() * 0.1, $4 + random() * 0.1), 4326),
         jsonb_build_object('name', 'Chốt ' || n, 'createdAt', $6::text, 'updatedAt', $6::text, 'updatedBy', 'ca-a'), array[$1], $2
       from generate_series(1, $5) as n returning id::text`,
      [options.communeCode, options.unit, options.west, options.south, options.features, at],
    );
    const owners = incidents.rows.slice(0, options.photos).map((row) => row.id);
    const photos = await client.query<{ id: string }>(
      `insert into attachments (id, incident_id, file_name, media_type, size, width, height, content, commune_codes, owner_unit_id)
       select gen_random_uuid(), owner::uuid, 'anh-' || ordinality || '.jpg', 'image/jpeg', $3, 1280, 960, decode(repeat(md5(ordinality::text), $3 / 16), 'hex'), array[$1], $2
       from unnest($4::text[]) with ordinality as owner returning id::text`,
      [options.communeCode, options.unit, options.photoBytes, owners],
    );
    await client.query(
      `update features f set properties = jsonb_set(f.properties, '{attachmentIds}', (select jsonb_agg(a.id) from attachments a where a.incident_id = f.id))
       where f.id = any($1::uuid[])`,
      [owners],
    );
    return { incidentIds: incidents.rows.map((row) => row.id), featureIds: features.rows.map((row) => row.id), photoIds: photos.rows.map((row) => row.id) };
  });
}
