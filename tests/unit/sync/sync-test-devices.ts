// Devices for the sync tests: each logged in to a fresh in-memory province
// server (MSW, unhandled requests are errors) with its own IndexedDB
// (fake-indexeddb), deleted after the test. Call once at the top of a test
// file: it registers the hooks.

import "fake-indexeddb/auto";
import { afterAll, afterEach, beforeAll } from "vitest";
import { setupServer } from "msw/node";
import { AppDatabase } from "../../../src/store/database";
import { IncidentRepository } from "../../../src/store/incidents/incident.repository";
import { OutboxRepository } from "../../../src/store/outbox.repository";
import { SyncSessionService } from "../../../src/store/sync/sync-session";
import { SyncEngine } from "../../../src/store/sync/sync-engine";
import { FakeProvinceServer, SERVER } from "./fake-province-server";

export interface SyncEngineOptions {
  batchSize?: number;
  pageSize?: number;
  random?: () => number;
}

export function syncTestDevices() {
  const msw = setupServer();
  const databases: AppDatabase[] = [];
  beforeAll(() => msw.listen({ onUnhandledFrame: "error" }));
  afterAll(() => msw.close());
  afterEach(async () => {
    msw.resetHandlers();
    for (const database of databases.splice(0)) {
      database.close();
      await database.delete();
    }
  });

  /** A database deleted after the test (a device that never connects, or one that connects later). */
  function database(name: string): AppDatabase {
    const created = new AppDatabase(`${name}-${crypto.randomUUID()}`);
    databases.push(created);
    return created;
  }

  /** A device logged in to a new province server; `server` lets a second device log in to the same one. */
  async function connect(options: SyncEngineOptions = {}, server = new FakeProvinceServer()) {
    msw.use(...server.handlers());
    const device = database("sync");
    const { http } = await new SyncSessionService(device).login({ serverUrl: SERVER, username: "ca-a", password: "mat-khau", totp: "123456" });
    return { fake: server, database: device, engine: new SyncEngine(device, http, options), incidents: new IncidentRepository(device), outbox: new OutboxRepository(device) };
  }

  return { database, connect };
}
