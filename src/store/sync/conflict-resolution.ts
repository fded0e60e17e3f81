// Resolving a sync conflict: the user keeps the server's version, their own,
// or a field-by-field merge. The chosen version is written on the device;
// unless it is exactly the server's, it is queued as ONE new outbox entry
// based on the server's version (If-Match: "<serverVersion>"), replacing the
// entries that were waiting in conflict (marked `superseded`, never deleted).
// The conflict row goes in the same transaction.

import type { Feature } from "geojson";
import type { AppDatabase } from "../database";
import { newId, nowIso } from "../ids";
import { outboxTable } from "../outbox.repository";
import { PulledRecords } from "./pulled-records";
import { keepsServerVersion, serverVersionTable, versionKey } from "./server-versions";
import { syncConflictTable, type SyncConflictRecord } from "./sync-conflicts.repository";

export type ConflictChoice = { keep: "server" } | { keep: "local" } | { keep: "merged"; fieldsFromServer: readonly string[] };

/** The merged version: the local one with the chosen fields ("geometry" or property names) taken from the server. */
export function mergeVersions(conflict: SyncConflictRecord, fieldsFromServer: readonly string[]): Feature {
  const base = conflict.local ?? conflict.server;
  if (!base) throw new Error("Xung đột không còn bản nào.");
  const serverProperties = (conflict.server?.properties ?? {}) as Record<string, unknown>;
  const properties = { ...(base.properties ?? {}) } as Record<string, unknown>;
  for (const field of fieldsFromServer) if (field !== "geometry") properties[field] = serverProperties[field];
  const geometry = fieldsFromServer.includes("geometry") && conflict.server ? conflict.server.geometry : base.geometry;
  return { ...base, geometry, properties };
}

function deletedVersion(feature: Feature, version: number): Feature {
  return { ...feature, properties: { ...(feature.properties ?? {}), deletedAt: nowIso(), version } };
}

export class ConflictResolution {
  private readonly records: PulledRecords;

  constructor(private readonly database: AppDatabase) {
    this.records = new PulledRecords(database);
  }

  async resolve(conflictId: string, choice: ConflictChoice): Promise<void> {
    await this.records.loadWorkspaces();
    const tables = [...this.records.tables(), outboxTable(this.database), serverVersionTable(this.database), syncConflictTable(this.database)];
    await this.database.transaction("rw", tables, async () => {
      const conflict = await syncConflictTable(this.database).get(conflictId);
      if (!conflict) throw new Error("Xung đột này đã được giải quyết.");
      const at = nowIso();
      await outboxTable(this.database).where("entityId").equals(conflict.entityId).filter((entry) => entry.state === "conflict" || entry.state === "pending").modify({ state: "superseded", updatedAt: at });
      if (keepsServerVersion(conflict.collection)) await serverVersionTable(this.database).put({ key: versionKey(conflict.collection, conflict.serverId), version: conflict.serverVersion });
      if (choice.keep === "server") {
        const server = conflict.server ?? deletedVersion(conflict.local!, conflict.serverVersion);
        await this.records.apply([{ collection: conflict.collection, feature: server }], new Map());
      } else {
        const chosen = choice.keep === "local" ? conflict.local ?? conflict.server! : mergeVersions(conflict, choice.fieldsFromServer);
        const version = conflict.serverVersion + 1;
        const feature: Feature = { ...chosen, properties: { ...(chosen.properties ?? {}), version } };
        await this.records.apply([{ collection: conflict.collection, feature }], new Map());
        await outboxTable(this.database).add({
          id: newId(),
          entity: conflict.entity,
          entityId: conflict.entityId,
          operation: "update",
          method: "PUT",
          path: `/collections/${conflict.collection}/items/${encodeURIComponent(conflict.serverId)}`,
          baseVersion: conflict.serverVersion,
          version,
          payload: feature,
          state: "pending",
          createdAt: at,
          updatedAt: at,
        });
      }
      await syncConflictTable(this.database).delete(conflictId);
    });
  }
}
