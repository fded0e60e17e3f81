// The app's one link to the provincial server: the stored session resumed at
// start, the engine over it, and who is listening (the status line, the tab).
// Everything it stores goes through src/store/sync; this only holds the live
// objects (HTTP link, engine) that must exist once per tab.

import { appDatabase } from "../workspace";
import { SyncEngine } from "../../store/sync/sync-engine";
import type { SyncHttp } from "../../store/sync/sync-http";
import { SyncSessionService, type LoginInput } from "../../store/sync/sync-session";

export interface LiveLink {
  http: SyncHttp;
  engine: SyncEngine;
}

const sessions = new SyncSessionService(appDatabase);
let current: LiveLink | null = null;
let resumed: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(http: SyncHttp | null): void {
  current = http ? { http, engine: new SyncEngine(appDatabase, http) } : null;
  listeners.forEach((listener) => listener());
}

export const syncLink = {
  current: (): LiveLink | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    resumed ??= sessions.resume().then((http) => {
      if (http && !current) set(http);
    });
    return () => listeners.delete(listener);
  },
  async connect(input: LoginInput): Promise<void> {
    const { http } = await sessions.login(input);
    set(http);
  },
  unsyncedCount: () => sessions.unsyncedCount(),
  async logout(): Promise<void> {
    await sessions.logout();
    set(null);
  },
};
