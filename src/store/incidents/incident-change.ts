// Writes one change of an incident the way every change must be written:
// the record, its history entry and its outbox entry in the same IndexedDB
// transaction (called from inside IncidentRepository's transactions).

import type { AppDatabase } from "../database";
import type { IncidentRecord } from "../../domain/incident";
import { diffRecords, type IncidentAction, type IncidentHistoryRecord } from "../../domain/incident-history";
import { INCIDENT_COLLECTION, itemPath, toOgcFeature } from "../../domain/incident-ogc-feature";
import { newId } from "../ids";
import { outboxTable, type OutboxOperation } from "../outbox.repository";

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

export async function writeIncidentChange(
  database: AppDatabase,
  before: IncidentRecord | null,
  after: IncidentRecord,
  action: IncidentAction,
): Promise<void> {
  await incidentTable(database).put(after);
  await historyTable(database).add({
    id: newId(),
    incidentId: after.id,
    action,
    by: after.updatedBy,
    at: after.updatedAt,
    version: after.version,
    changes: diffRecords(before, after),
    updatedAt: after.updatedAt,
  });
  const operation = OUTBOX_OPERATION[action];
  await outboxTable(database).add({
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
  });
}
