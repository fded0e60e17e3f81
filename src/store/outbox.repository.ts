// The outbox (IndexedDB table `outbox`, schema v3): every change to an
// incident or its photos, to a feature of an operational layer (v7), to a
// drill plan, a marker inspection (or its photos) or a patrol, and every acknowledgement of a
// directive, queued in order for the provincial server. Entries are written in the SAME transaction as the change
// itself, so a record is never saved without its outbox entry (or the
// reverse). Each entry is a ready-to-send OGC API – Features request
// (method, path, body = the item), with its own UUID as idempotency key and
// the version it was based on for If-Match. The sync engine
// (src/store/sync/outbox-replay.ts) sends them and records each answer:
// `sent` (acknowledged), `conflict` (412: both versions kept in
// `syncConflicts`), `rejected` (refused for good, with the reason), or
// `superseded` (replaced by a conflict's resolution). Nothing is deleted.

import type { AppDatabase } from "./database";
import type { Feature } from "geojson";
import type { IncidentOgcFeature } from "../domain/incident-ogc-feature";
import type { AcknowledgementState } from "../domain/directive";
import type { PhotoCapture } from "../domain/photo-capture";

export type OutboxOperation = "create" | "update" | "delete" | "restore";

export type OutboxEntity = "incident" | "incident-attachment" | "workspace-feature" | "drill" | "marker-inspection" | "marker-attachment" | "patrol" | "directive-ack";

/** Photos: the metadata rides in a batch, the bytes follow; never a conflict of their own (no If-Match). */
export type AttachmentEntity = Extract<OutboxEntity, "incident-attachment" | "marker-attachment">;

export function isAttachmentEntity(entity: OutboxEntity): entity is AttachmentEntity {
  return entity === "incident-attachment" || entity === "marker-attachment";
}

/** `local-only`: a change of the sample workspace, which never leaves the device. */
export type OutboxState = "pending" | "sent" | "conflict" | "rejected" | "superseded" | "local-only";

/** Entries still owed to the server: a record with one of these has unsynced local edits. */
export const UNSYNCED_STATES: readonly OutboxState[] = ["pending", "conflict", "rejected"];

export interface DirectiveAcknowledgement {
  state: AcknowledgementState;
  communeCode?: string;
}

export interface AttachmentMetadata {
  id: string;
  incidentId: string;
  fileName: string;
  type: string;
  size: number;
  width: number;
  height: number;
  /** When and where it was taken, when known: the server keeps it for the devices that pull the photo. */
  capture?: PhotoCapture;
}

/** A marker inspection's photo as its outbox entry sends it (the inspection is `ownerId`). */
export interface MarkerAttachmentMetadata {
  id: string;
  ownerId: string;
  fileName: string;
  type: string;
  size: number;
  capture?: PhotoCapture;
}

export interface OutboxEntry {
  /** Auto-incremented order of the change on this device. */
  seq?: number;
  /** UUID of the entry: the server's idempotency key. */
  id: string;
  entity: OutboxEntity;
  entityId: string;
  operation: OutboxOperation;
  /** create → POST items; update / soft delete / restore → PUT the whole item (deletedAt kept). */
  method: "POST" | "PUT";
  path: string;
  /** Version the change was made on (0 for a new record): sent as If-Match. */
  baseVersion: number;
  version: number;
  payload: IncidentOgcFeature | AttachmentMetadata | MarkerAttachmentMetadata | Feature | DirectiveAcknowledgement;
  state: OutboxState;
  /** Why the server refused the entry (Vietnamese `detail`), when `rejected`. */
  detail?: string;
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

  /** Marks entries the server acknowledged. */
  async markSent(ids: readonly string[], at: string): Promise<void> {
    await outboxTable(this.database)
      .where("id")
      .anyOf([...ids])
      .modify({ state: "sent", updatedAt: at });
  }

  /** Entries of one record the server has not acknowledged yet (pending, in conflict or refused). */
  async unsyncedFor(entityId: string): Promise<OutboxEntry[]> {
    return (await this.forEntity(entityId)).filter((entry) => UNSYNCED_STATES.includes(entry.state));
  }

  countUnsynced(): Promise<number> {
    return outboxTable(this.database).where("state").anyOf([...UNSYNCED_STATES]).count();
  }
}
