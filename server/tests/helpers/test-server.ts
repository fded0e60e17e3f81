// Starts the real server on a random loopback port against a test database,
// with a known token secret so tests can mint access tokens for the fixture
// accounts (the login flow itself is tested in auth.test.ts).

import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/app";
import { readConfig, type ServerConfig } from "../../src/config";
import { issueAccessToken } from "../../src/auth/access-token";
import type { TestDatabase } from "./test-database";
import { TEST_SECRET_KEY } from "./fixture";

export interface TestServer {
  app: FastifyInstance;
  url: string;
  config: ServerConfig;
  /** Every request URL the server received, in order (to check that clients page). */
  requests: string[];
  tokenFor(userId: string): string;
  close(): Promise<void>;
}

export async function startTestServer(database: TestDatabase, overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const config: ServerConfig = {
    ...readConfig({}),
    databaseUrl: database.apiUrl,
    adminDatabaseUrl: database.adminUrl,
    tokenSecret: Buffer.from("bi-mat-thu-nghiem"),
    secretKey: TEST_SECRET_KEY,
    loginAttemptsPerMinute: 1000,
    poolSize: 4,
    ...overrides,
  };
  const { app } = buildServer(config, { logger: process.env.OAPIF_TEST_LOG === "1" });
  const requests: string[] = [];
  app.addHook("onRequest", async (request) => {
    requests.push(request.url);
  });
  const address = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    app,
    url: address,
    config,
    requests,
    tokenFor: (userId) => issueAccessToken(config.tokenSecret, userId, 600),
    close: () => app.close(),
  };
}
