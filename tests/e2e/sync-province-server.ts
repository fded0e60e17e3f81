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
import { seedFixture, type Fixture } from "../../server/tests/helpers/fixture";
import { decodeBase32 } from "../../server/src/auth/base32";
import { totp, totpStep } from "../../server/src/auth/totp";

export { PASSWORD, COMMUNE_A, COMMUNE_B } from "../../server/tests/helpers/fixture";

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
    OAPIF_TOKEN_SECRET: "bi-mat-thu-nghiem-dong-bo",
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
      child = spawn("server/node_modules/.bin/tsx", ["server/src/main.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
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
        running.kill("SIGKILL");
      });
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
