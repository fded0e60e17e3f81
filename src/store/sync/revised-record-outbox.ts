// Outbox entries for records versioned by revisions (drill plans, marker
// inspections, patrols): they carry no server version of their own, so the
// version an entry is based on comes from the entity's last unsent entry, or
// else from the server version recorded at the last sync (`syncVersions`),
// or 0 for a record the server has never seen (then the entry is a POST).
// Called inside the repository's own transaction, which must include the
// `outbox` and `syncVersions` tables (REVISED_OUTBOX_TABLES).

import type { Feature } from "geojson";
import type { AppDatabase } from "../database";
import { newId, nowIso } from "../ids";
import { outboxTable, type OutboxEntity, type OutboxOperation } from "../outbox.repository";
import type { RevisedCollection } from "./record-features";
import { serverVersionTable, versionKey } from "./server-versions";

const ENTITY: Record<RevisedCollection, OutboxEntity> = { drills: "drill", "marker-inspections": "marker-inspection", patrols: "patrol" };

export function revisedOutboxTables(database: AppDatabase) {
  return [outboxTable(database), serverVersionTable(database)];
}

export async function enqueueRevisedChange(database: AppDatabase, collection: RevisedCollection, feature: Feature, operation: Exclude<OutboxOperation, "create"> | "save"): Promise<void> {
  const id = String(feature.id);
  const unsent = await outboxTable(database).where("entityId").equals(id).filter((entry) => entry.state === "pending").sortBy("seq");
  const baseVersion = unsent.at(-1)?.version ?? (await serverVersionTable(database).get(versionKey(collection, id)))?.version ?? 0;
  const at = nowIso();
  const create = baseVersion === 0;
  await outboxTable(database).add({
    id: newId(),
    entity: ENTITY[collection],
    entityId: id,
    operation: create ? "create" : operation === "save" ? "update" : operation,
    method: create ? "POST" : "PUT",
    path: create ? `/collections/${collection}/items` : `/collections/${collection}/items/${encodeURIComponent(id)}`,
    baseVersion,
    version: baseVersion + 1,
    payload: feature,
    state: "pending",
    createdAt: at,
    updatedAt: at,
  });
}
