// What the device keeps about its link to the provincial server (IndexedDB
// table `syncState`, schema v8, key/value rows): the session (server
// address, user name, refresh token — never the password — and the account
// read from GET /auth/me), the device's own id (kept across log-outs), and
// the progress of sync (pull cursor, last acknowledged sync, last error and
// when the next attempt is due). The refresh token is encrypted at rest by
// the database's encryption middleware like every other row.

import type { AppDatabase } from "../database";
import { newId } from "../ids";

export type UnitKind = "commune" | "commune-military" | "commune-police" | "border-station" | "province";

/** GET /auth/me: the device takes its role and communes from it. */
export interface ServerAccount {
  id: string;
  username: string;
  displayName?: string;
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  role: "bien-tap" | "chi-xem";
  communeCodes: string[];
}

export interface SyncSession {
  serverUrl: string;
  username: string;
  refreshToken: string;
  /** Null while the server does not answer /auth/me (older server). */
  account: ServerAccount | null;
  connectedAt: string;
}

export interface SyncProgress {
  /** The server's change sequence the device has pulled up to. */
  cursor: string;
  /** `serverUrl|username` the cursor belongs to (another account starts from 0). */
  cursorOwner?: string;
  /** When the server last acknowledged everything sent and answered the pull. */
  lastSyncAt: string | null;
  /** Vietnamese reason of the last failure, null after a success. */
  lastError: string | null;
  /** When the next automatic attempt is due (after a failure), ISO time. */
  retryAt: string | null;
}

interface StateRow<T> {
  key: string;
  value: T;
}

export const INITIAL_PROGRESS: SyncProgress = { cursor: "0", lastSyncAt: null, lastError: null, retryAt: null };

export function syncStateTable(database: AppDatabase) {
  return database.table<StateRow<unknown>, string>("syncState");
}

export class SyncStateRepository {
  constructor(private readonly database: AppDatabase) {}

  private async read<T>(key: string): Promise<T | undefined> {
    return (await syncStateTable(this.database).get(key))?.value as T | undefined;
  }

  private async write<T>(key: string, value: T): Promise<void> {
    await syncStateTable(this.database).put({ key, value });
  }

  session(): Promise<SyncSession | undefined> {
    return this.read<SyncSession>("session");
  }

  saveSession(session: SyncSession): Promise<void> {
    return this.write("session", session);
  }

  async updateRefreshToken(refreshToken: string): Promise<void> {
    const current = await this.session();
    if (current) await this.saveSession({ ...current, refreshToken });
  }

  /** Forgets the session only: the outbox, conflicts and records stay. */
  async clearSession(): Promise<void> {
    await syncStateTable(this.database).delete("session");
  }

  async progress(): Promise<SyncProgress> {
    return (await this.read<SyncProgress>("progress")) ?? INITIAL_PROGRESS;
  }

  async updateProgress(changes: Partial<SyncProgress>): Promise<void> {
    await this.database.transaction("rw", syncStateTable(this.database), async () => {
      await this.write("progress", { ...(await this.progress()), ...changes });
    });
  }

  /** A stable id for this device (X-Device-Id), created on first use. */
  async deviceId(): Promise<string> {
    return this.database.transaction("rw", syncStateTable(this.database), async () => {
      const existing = await this.read<string>("deviceId");
      if (existing) return existing;
      const created = newId();
      await this.write("deviceId", created);
      return created;
    });
  }
}
