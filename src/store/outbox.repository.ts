// The outbox (IndexedDB table `outbox`, schema v3): every change to an
// incident or its photos, or to a feature of an operational layer (v7), queued in order for a provincial server that does
// not exist yet. Entries are written in the SAME transaction as the change
// itself, so a record is never saved without its outbox entry (or the
// reverse). Each entry is a ready-to-send OGC API – Features request
// (method, path, body = the item), with its own UUID as idempotency key and
// the version it was based on for If-Match. Nothing is ever sent from here.

import type { AppDatabase } from "./database";
import type { Feature } from "geojson";
import type { IncidentOgcFeature } from "../domain/incident-ogc-feature";

export type OutboxOperation = "create" | "update" | "delete" | "restore";

export interface AttachmentMetadata {
  id: string;
  incidentId: string;
  fileName: string;
  type: string;
  size: number;
  width: number;
  height: number;
}

export interface OutboxEntry {
  /** Auto-incremented order of the change on this device. */
  seq?: number;
  /** UUID of the entry: the server's idempotency key. */
  id: string;
  entity: "incident" | "incident-attachment" | "workspace-feature";
  entityId: string;
  operation: OutboxOperation;
  /** create → POST items; update / soft delete / restore → PUT the whole item (deletedAt kept). */
  method: "POST" | "PUT";
  path: string;
  /** Version the change was made on (0 for a new record): sent as If-Match. */
  baseVersion: number;
  version: number;
  payload: IncidentOgcFeature | AttachmentMetadata | Feature;
  state: "pending" | "sent";
  createdAt: string;
  updatedAt: string;
}

export function outboxTable(database: AppDatabase) {
  return database.table<OutboxEntry, number>("outbox");
}

export class OutboxRepository {
  constructor(private readonly database: AppDatabase) {}

  /** Pending entries in the order they were made. */
  pending(): Promise<OutboxEntry[]> {
    return outboxTable(this.database).where("state").equals("pending").sortBy("seq");
  }

  countPending(): Promise<number> {
    return outboxTable(this.database).where("state").equals("pending").count();
  }

  forEntity(entityId: string): Promise<OutboxEntry[]> {
    return outboxTable(this.database).where("entityId").equals(entityId).sortBy("seq");
  }

  /** For the future sync: marks entries the server acknowledged. */
  async markSent(ids: readonly string[], at: string): Promise<void> {
    await outboxTable(this.database)
      .where("id")
      .anyOf([...ids])
      .modify({ state: "sent", updatedAt: at });
  }
}
