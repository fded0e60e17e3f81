// Conflicts between this device and the provincial server (IndexedDB table
// `syncConflicts`, schema v8): one row per record, holding BOTH versions as
// GeoJSON Features — the device's (the payload of its last unsynced outbox
// entry; null when the device deleted it) and the server's (null when the
// server deleted it) — with the server's version. A conflict arises when the
// server answers 412 to an outbox entry, or when a pulled change meets a
// record with unsynced local edits. Until the user resolves it, both are kept:
// the record stays as edited here, its outbox entries wait in state
// `conflict`, and the record is shown "Xung đột".

import type { Feature } from "geojson";
import type { AppDatabase } from "../database";
import { nowIso } from "../ids";
import { outboxTable, type OutboxEntity } from "../outbox.repository";

export interface SyncConflictRecord {
  /** `collection/serverId`. */
  id: string;
  entity: OutboxEntity;
  /** The outbox entityId (incidents: id; layer features: workspace key). */
  entityId: string;
  collection: string;
  serverId: string;
  local: Feature | null;
  server: Feature | null;
  /** The version the resolution is sent on (If-Match). */
  serverVersion: number;
  /** Where it was found: the server refused a change (412), or a pull met a local edit. */
  source: "push" | "pull";
  createdAt: string;
  updatedAt: string;
}

/** Properties that always differ and say nothing to the user. */
const BOOKKEEPING = new Set(["version", "updatedAt", "updatedBy", "revisions", "communeCodes"]);

export function syncConflictTable(database: AppDatabase) {
  return database.table<SyncConflictRecord, string>("syncConflicts");
}

/** "geometry" and the property names whose values differ between the two versions. */
export function conflictFields(local: Feature | null, server: Feature | null): string[] {
  const localProperties = (local?.properties ?? {}) as Record<string, unknown>;
  const serverProperties = (server?.properties ?? {}) as Record<string, unknown>;
  const names = [...new Set([...Object.keys(localProperties), ...Object.keys(serverProperties)])].filter((name) => !BOOKKEEPING.has(name));
  const differs = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
  return [...(differs(local?.geometry, server?.geometry) ? ["geometry"] : []), ...names.filter((name) => differs(localProperties[name], serverProperties[name]))];
}

export class SyncConflictRepository {
  constructor(private readonly database: AppDatabase) {}

  list(): Promise<SyncConflictRecord[]> {
    return syncConflictTable(this.database).toArray();
  }

  /** Records or refreshes a conflict (a newer server version replaces the older one; the local side stays). */
  async record(conflict: Omit<SyncConflictRecord, "id" | "createdAt" | "updatedAt">): Promise<void> {
    const id = `${conflict.collection}/${conflict.serverId}`;
    const at = nowIso();
    await this.database.transaction("rw", [syncConflictTable(this.database), outboxTable(this.database)], async () => {
      const existing = await syncConflictTable(this.database).get(id);
      await syncConflictTable(this.database).put({ ...conflict, id, createdAt: existing?.createdAt ?? at, updatedAt: at });
      await outboxTable(this.database).where("entityId").equals(conflict.entityId).filter((entry) => entry.state === "pending").modify({ state: "conflict", updatedAt: at });
    });
  }

  /** Entity ids with an open conflict: their outbox entries are held back until it is resolved. */
  async heldEntityIds(): Promise<Set<string>> {
    return new Set((await syncConflictTable(this.database).toArray()).map((conflict) => conflict.entityId));
  }
}
