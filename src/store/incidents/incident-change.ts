// Writes one change of an incident the way every change must be written:
// the record, its history entry and its outbox entry in the same IndexedDB
// transaction (called from inside IncidentRepository's transactions). The
// three writes go out together; a new incident's are sealed before its
// transaction opens (presealIncidentChange), so none waits for WebCrypto
// inside it.

import type { AppDatabase } from "../database";
import type { IncidentRecord } from "../../domain/incident";
import { diffRecords, type IncidentAction, type IncidentHistoryRecord } from "../../domain/incident-history";
import { INCIDENT_COLLECTION, itemPath, toOgcFeature } from "../../domain/incident-ogc-feature";
import { newId } from "../ids";
import { outboxTable, type OutboxEntry, type OutboxOperation } from "../outbox.repository";
import { presealRecords } from "../crypto/presealed-records";

export function incidentTable(database: AppDatabase) {
  return database.table<IncidentRecord, string>("incidents");
}

export function historyTable(database: AppDatabase) {
  return database.table<IncidentHistoryRecord, string>("incidentHistory");
}

const OUTBOX_OPERATION: Record<IncidentAction, OutboxOperation> = {
  create: "create",
  update: "update",
  status: "update",
  attach: "update",
  detach: "update",
  delete: "delete",
  restore: "restore",
};

export interface IncidentChangeWrites {
  record: IncidentRecord;
  history: IncidentHistoryRecord;
  outbox: OutboxEntry;
}

/** What one change writes: the record, its history entry and its outbox entry. */
export function incidentChangeWrites(before: IncidentRecord | null, after: IncidentRecord, action: IncidentAction): IncidentChangeWrites {
  const operation = OUTBOX_OPERATION[action];
  return {
    record: after,
    history: {
      id: newId(),
      incidentId: after.id,
      action,
      by: after.updatedBy,
      at: after.updatedAt,
      version: after.version,
      changes: diffRecords(before, after),
      updatedAt: after.updatedAt,
    },
    outbox: {
      id: newId(),
      entity: "incident",
      entityId: after.id,
      operation,
      method: operation === "create" ? "POST" : "PUT",
      path: operation === "create" ? `/collections/${INCIDENT_COLLECTION}/items` : itemPath(after.id),
      baseVersion: before?.version ?? 0,
      version: after.version,
      payload: toOgcFeature(after),
      state: "pending",
      createdAt: after.updatedAt,
      updatedAt: after.updatedAt,
    },
  };
}

/** Seals the writes of a change before its transaction opens (crypto/presealed-records.ts). */
export function presealIncidentChange(writes: IncidentChangeWrites): Promise<void> {
  return presealRecords([
    { table: "incidents", value: writes.record },
    { table: "incidentHistory", value: writes.history },
    { table: "outbox", value: writes.outbox },
  ]);
}

export async function writeIncidentChange(database: AppDatabase, writes: IncidentChangeWrites): Promise<void> {
  await Promise.all([incidentTable(database).put(writes.record), historyTable(database).add(writes.history), outboxTable(database).add(writes.outbox)]);
}
