// Login with Argon2id + TOTP against the real database: a code works once,
// failures lock the account, addresses are rate-limited, refresh tokens
// rotate and a reused one revokes its family; every attempt is audited.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeBase32 } from "../src/auth/base32";
import { totp } from "../src/auth/totp";
import { issueAccessToken } from "../src/auth/access-token";
import { createTestDatabase, withClient, type TestDatabase } from "./helpers/test-database";
import { seedFixture, PASSWORD, TEST_SECRET_KEY, type Fixture } from "./helpers/fixture";
import { decryptSecret, encryptPlainTotpSecrets, parseSecretKey } from "../src/auth/secret-box";
import { startTestServer, type TestServer } from "./helpers/test-server";
import { apiClient, type Api } from "./helpers/http-client";

let database: TestDatabase;
let server: TestServer;
let fixture: Fixture;
let anonymous: Api;

interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await withClient(database.adminUrl, seedFixture);
  server = await startTestServer(database);
  anonymous = apiClient(server.url);
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
});

const codeFor = (account: keyof Fixture, offsetSteps = 0) => totp(decodeBase32(fixture[account].totpSecret), Date.now() / 1000 + offsetSteps * 30);
const login = (username: string, password: string, code: string) =>
  anonymous("POST", "/auth/login", { username, password, totp: code }, { "content-type": "application/json" });

async function auditActions(username: string): Promise<string[]> {
  return withClient(database.adminUrl, async (client) =>
    (await client.query<{ action: string }>("select action from audit_log where username = $1 order by id", [username])).rows.map((row) => row.action),
  );
}

describe("login", () => {
  it("stores an Argon2id hash with m=19 MiB, t=2, p=1", async () => {
    const hash = await withClient(database.adminUrl, async (client) => (await client.query("select password_hash from users where id = $1", [fixture.editorA.id])).rows[0].password_hash as string);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("gives tokens for password + TOTP, and the access token reads data", async () => {
    const response = await login("editora", PASSWORD, codeFor("editorA"));
    expect(response.status).toBe(200);
    const tokens = response.json() as Tokens;
    expect(tokens.expiresIn).toBe(900);
    expect((await apiClient(server.url, tokens.accessToken)("GET", "/collections")).status).toBe(200);
    expect(await auditActions("editora")).toEqual(["login"]);
  });

  it("refuses the same TOTP code a second time (and any older one)", async () => {
    const code = codeFor("viewerA");
    expect((await login("viewera", PASSWORD, code)).status).toBe(200);
    const replay = await login("viewera", PASSWORD, code);
    expect(replay.status).toBe(401);
    expect((replay.json() as { detail: string }).detail).toMatch(/một lần/);
    expect((await login("viewera", PASSWORD, codeFor("viewerA", -1))).status).toBe(401);
    expect((await login("viewera", PASSWORD, codeFor("viewerA", 1))).status).toBe(200);
    expect(await auditActions("viewera")).toEqual(["login", "login-failed", "login-failed", "login"]);
  });

  it("refuses a wrong password even with a good code, and unknown users the same way", async () => {
    expect((await login("editorb", "sai-mat-khau-roi-day", codeFor("editorB"))).status).toBe(401);
    expect((await login("khong-ton-tai", PASSWORD, "123456")).status).toBe(401);
  });

  it("locks the account after 5 failures (423), even for the right password and code", async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await login("station", "sai-mat-khau-roi-day", "000000")).status).toBe(401);
    const locked = await login("station", PASSWORD, codeFor("station"));
    expect(locked.status).toBe(423);
    expect((locked.json() as { detail: string }).detail).toMatch(/tạm khóa/);
    expect((await auditActions("station")).slice(-1)).toEqual(["login-locked"]);
  });

  it("rate-limits login attempts per address (429)", async () => {
    const limited = await startTestServer(database, { loginAttemptsPerMinute: 3 });
    try {
      const client = apiClient(limited.url);
      const statuses = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        statuses.push((await client("POST", "/auth/login", { username: "province", password: "x", totp: "000000" }, { "content-type": "application/json" })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it("refuses expired and tampered access tokens", async () => {
    const expired = issueAccessToken(server.config.tokenSecret, fixture.editorA.id, 60, Date.now() / 1000 - 120);
    expect((await apiClient(server.url, expired)("GET", "/collections")).status).toBe(401);
    const otherKey = issueAccessToken(Buffer.from("khoa-khac"), fixture.editorA.id, 600);
    expect((await apiClient(server.url, otherKey)("GET", "/collections")).status).toBe(401);
  });
});

describe("refresh tokens", () => {
  it("rotate on every use; reusing a spent one revokes the whole family", async () => {
    const first = (await login("province", PASSWORD, codeFor("province"))).json() as Tokens;
    const refresh = (token: string) => anonymous("POST", "/auth/refresh", { refreshToken: token }, { "content-type": "application/json" });
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    const rotated = second.json() as Tokens;
    expect(rotated.refreshToken).not.toBe(first.refreshToken);
    expect((await apiClient(server.url, rotated.accessToken)("GET", "/collections")).status).toBe(200);
    // The spent token comes back (stolen copy): refused, and the newest token dies with it.
    expect((await refresh(first.refreshToken)).status).toBe(401);
    expect((await refresh(rotated.refreshToken)).status).toBe(401);
    expect(await auditActions("")).toContain("refresh-token-reused");
  });

  it("logout revokes the family", async () => {
    const tokens = (await login("provinceeditor", PASSWORD, codeFor("provinceEditor"))).json() as Tokens;
    expect((await anonymous("POST", "/auth/logout", { refreshToken: tokens.refreshToken }, { "content-type": "application/json" })).status).toBe(204);
    expect((await anonymous("POST", "/auth/refresh", { refreshToken: tokens.refreshToken }, { "content-type": "application/json" })).status).toBe(401);
  });
});

describe("TOTP secrets at rest", () => {
  it("are stored encrypted (AES-GCM, bound to the account), and a plain one left from before is encrypted by the migration step", async () => {
    const stored = await withClient(database.adminUrl, async (client) =>
      (await client.query<{ totp_secret: string }>("select totp_secret from users where id = $1", [fixture.editorB.id])).rows[0].totp_secret,
    );
    expect(stored.startsWith("v1:")).toBe(true);
    expect(stored).not.toContain(fixture.editorB.totpSecret);
    expect(decryptSecret(TEST_SECRET_KEY, stored, "editorb")).toBe(fixture.editorB.totpSecret);
    // Copied to another account, or decrypted with another key, or altered: refused.
    expect(() => decryptSecret(TEST_SECRET_KEY, stored, "editora")).toThrow();
    expect(() => decryptSecret(Buffer.alloc(32, 8), stored, "editorb")).toThrow();
    expect(() => decryptSecret(TEST_SECRET_KEY, `${stored.slice(0, -2)}AA`, "editorb")).toThrow();
    expect(() => decryptSecret(null, stored, "editorb")).toThrow(/OAPIF_SECRET_KEY/);
    // A plain secret (an account created before encryption) is converted, and login still works.
    const converted = await withClient(database.adminUrl, async (client) => {
      await client.query("update users set totp_secret = $2 where id = $1", [fixture.editorB.id, fixture.editorB.totpSecret]);
      return encryptPlainTotpSecrets(client, TEST_SECRET_KEY);
    });
    expect(converted).toBe(1);
    const response = await login("editorb", PASSWORD, codeFor("editorB"));
    expect(response.status).toBe(200);
    expect(parseSecretKey("ab".repeat(32))).toHaveLength(32);
    expect(() => parseSecretKey("ngan-qua")).toThrow(/32 byte/);
  });
});
