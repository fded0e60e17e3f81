// The operational layers of a workspace (`workspaceFeatures`, schema v7), one
// row per feature: villages, defence land, militia posts, border markers …
// edited on the device. Every change is one transaction writing the feature
// and its outbox entry (an OGC API – Features request to the layer's
// collection). A save names the version it was made on; when the stored one
// is newer the save is refused with an EditConflictError and nothing changes.
// Deletes are soft (restorable). An import writes many features at once and
// returns what it replaced, so the whole import is undone in one step.

import type { Feature, Geometry } from "geojson";
import type { AppDatabase } from "../database";
import type { BuiltInLayerId } from "../../domain/layer-catalog";
import { toFeature, workspaceFeatureKey, type WorkspaceFeatureRecord } from "../../domain/workspace";
import { EditConflictError, differingFields } from "../edit-conflict";
import { newId, nowIso } from "../ids";
import { outboxTable, type OutboxOperation } from "../outbox.repository";
import { workspaceFeatureTable } from "./workspace.repository";

export interface FeatureChanges {
  geometry?: Geometry;
  properties?: Record<string, unknown>;
}

/** What an import did, enough to undo it: the features it added and the ones it replaced (as they were). */
export interface ImportUndo {
  added: string[];
  replaced: WorkspaceFeatureRecord[];
}

export class WorkspaceFeatureNotFoundError extends Error {
  constructor(featureId: string) {
    super(`Không tìm thấy đối tượng ${featureId} (có thể đã bị xóa ở tab khác).`);
    this.name = "WorkspaceFeatureNotFoundError";
  }
}

function titleOf(record: WorkspaceFeatureRecord): string {
  const { name, label } = record.properties as { name?: unknown; label?: unknown };
  return String(label ?? name ?? record.featureId);
}

export class WorkspaceFeatureRepository {
  constructor(private readonly database: AppDatabase) {}

  /** Every feature of a workspace (deleted ones included: the caller filters). */
  listWorkspace(workspaceId: string): Promise<WorkspaceFeatureRecord[]> {
    return workspaceFeatureTable(this.database).where("workspaceId").equals(workspaceId).toArray();
  }

  get(key: string): Promise<WorkspaceFeatureRecord | undefined> {
    return workspaceFeatureTable(this.database).get(key);
  }

  async create(workspaceId: string, layerId: BuiltInLayerId, feature: Pick<Feature, "geometry" | "properties">, actor: string): Promise<WorkspaceFeatureRecord> {
    const featureId = newId();
    const now = nowIso();
    const record: WorkspaceFeatureRecord = {
      key: workspaceFeatureKey(workspaceId, featureId),
      workspaceId,
      layerId,
      featureId,
      geometry: feature.geometry,
      properties: { ...(feature.properties ?? {}), id: featureId },
      version: 1,
      createdAt: now,
      updatedAt: now,
      updatedBy: actor,
      deletedAt: null,
    };
    // Inside an import's transaction this joins it; alone it is its own.
    await this.database.transaction("rw", [workspaceFeatureTable(this.database), outboxTable(this.database)], () => this.write(null, record, "create"));
    return record;
  }

  update(key: string, baseVersion: number, changes: FeatureChanges, actor: string): Promise<WorkspaceFeatureRecord> {
    return this.change(key, baseVersion, actor, "update", (current) => ({
      ...current,
      geometry: changes.geometry ?? current.geometry,
      properties: changes.properties ? { ...changes.properties, id: current.featureId } : current.properties,
    }));
  }

  remove(key: string, baseVersion: number, actor: string): Promise<WorkspaceFeatureRecord> {
    return this.change(key, baseVersion, actor, "delete", (current) => ({ ...current, deletedAt: nowIso() }));
  }

  restore(key: string, baseVersion: number, actor: string): Promise<WorkspaceFeatureRecord> {
    return this.change(key, baseVersion, actor, "restore", (current) => ({ ...current, deletedAt: null }));
  }

  /**
   * Brings many features into one layer in one transaction: appended, or replacing every live
   * feature of the layer (soft-deleted, so nothing is lost). Returns what is needed to undo it.
   */
  async importFeatures(
    workspaceId: string,
    layerId: BuiltInLayerId,
    features: readonly Pick<Feature, "geometry" | "properties">[],
    mode: "append" | "replace",
    actor: string,
  ): Promise<ImportUndo> {
    const undo: ImportUndo = { added: [], replaced: [] };
    await this.database.transaction("rw", [workspaceFeatureTable(this.database), outboxTable(this.database)], async () => {
      if (mode === "replace") {
        const current = await workspaceFeatureTable(this.database).where("[workspaceId+layerId]").equals([workspaceId, layerId]).toArray();
        for (const record of current.filter((candidate) => candidate.deletedAt === null)) {
          undo.replaced.push(record);
          await this.write(record, { ...record, version: record.version + 1, updatedAt: nowIso(), updatedBy: actor, deletedAt: nowIso() }, "delete");
        }
      }
      for (const feature of features) undo.added.push((await this.create(workspaceId, layerId, feature, actor)).key);
    });
    return undo;
  }

  /** Undoes an import: its features deleted, the replaced ones back as they were (each a new version). */
  async undoImport(undo: ImportUndo, actor: string): Promise<void> {
    await this.database.transaction("rw", [workspaceFeatureTable(this.database), outboxTable(this.database)], async () => {
      for (const key of undo.added) {
        const current = await workspaceFeatureTable(this.database).get(key);
        if (current && current.deletedAt === null) await this.write(current, { ...current, version: current.version + 1, updatedAt: nowIso(), updatedBy: actor, deletedAt: nowIso() }, "delete");
      }
      for (const before of undo.replaced) {
        const current = await workspaceFeatureTable(this.database).get(before.key);
        if (current) await this.write(current, { ...before, version: current.version + 1, updatedAt: nowIso(), updatedBy: actor, deletedAt: null }, "restore");
      }
    });
  }

  private async change(
    key: string,
    baseVersion: number,
    actor: string,
    operation: Exclude<OutboxOperation, "create">,
    apply: (current: WorkspaceFeatureRecord) => WorkspaceFeatureRecord,
  ): Promise<WorkspaceFeatureRecord> {
    let result: WorkspaceFeatureRecord | null = null;
    await this.database.transaction("rw", [workspaceFeatureTable(this.database), outboxTable(this.database)], async () => {
      const current = await workspaceFeatureTable(this.database).get(key);
      if (!current) throw new WorkspaceFeatureNotFoundError(key);
      const attempted = apply(current);
      if (current.version !== baseVersion) {
        throw new EditConflictError(
          { entity: "workspace-feature", id: key, stored: current, attempted, baseVersion, storedVersion: current.version, fields: differingFields(current, attempted) },
          titleOf(current),
        );
      }
      const next = { ...attempted, version: current.version + 1, updatedAt: nowIso(), updatedBy: actor };
      await this.write(current, next, operation);
      result = next;
    });
    return result!;
  }

  private async write(before: WorkspaceFeatureRecord | null, after: WorkspaceFeatureRecord, operation: OutboxOperation): Promise<void> {
    await workspaceFeatureTable(this.database).put(after);
    const collection = `/collections/${after.layerId}/items`;
    await outboxTable(this.database).add({
      id: newId(),
      entity: "workspace-feature",
      entityId: after.key,
      operation,
      method: operation === "create" ? "POST" : "PUT",
      path: operation === "create" ? collection : `${collection}/${after.featureId}`,
      baseVersion: before?.version ?? 0,
      version: after.version,
      payload: { ...toFeature(after), properties: { ...toFeature(after).properties, version: after.version, updatedAt: after.updatedAt, deletedAt: after.deletedAt } },
      state: "pending",
      createdAt: after.updatedAt,
      updatedAt: after.updatedAt,
    });
  }
}
