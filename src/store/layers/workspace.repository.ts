// Workspaces (`workspaces`, schema v7) and which one is open
// (`workspaceSettings`, key "active"). Removing a workspace removes its
// features in the same transaction; the other workspaces are untouched. A new
// commune workspace takes, in its own transaction, the features the provincial
// server sent for its communes before it existed (held-layer-features.ts).

import type { AppDatabase } from "../database";
import type { WorkspaceFeatureRecord, WorkspaceRecord } from "../../domain/workspace";
import { nowIso } from "../ids";
import { heldLayerFeatureTable, placeHeldFeatures } from "./held-layer-features";

interface WorkspaceSettingRecord {
  key: "active";
  workspaceId: string;
  updatedAt: string;
}

export function workspaceTable(database: AppDatabase) {
  return database.table<WorkspaceRecord, string>("workspaces");
}

export function workspaceFeatureTable(database: AppDatabase) {
  return database.table<WorkspaceFeatureRecord, string>("workspaceFeatures");
}

function settingsTable(database: AppDatabase) {
  return database.table<WorkspaceSettingRecord, string>("workspaceSettings");
}

export class WorkspaceRepository {
  constructor(private readonly database: AppDatabase) {}

  list(): Promise<WorkspaceRecord[]> {
    return workspaceTable(this.database).orderBy("updatedAt").reverse().toArray();
  }

  get(id: string): Promise<WorkspaceRecord | undefined> {
    return workspaceTable(this.database).get(id);
  }

  /** The open workspace, or null on first start (nothing chosen yet). */
  async active(): Promise<WorkspaceRecord | null> {
    const setting = await settingsTable(this.database).get("active");
    return (setting && (await workspaceTable(this.database).get(setting.workspaceId))) ?? null;
  }

  /** Stores a new workspace with its first features (e.g. the official boundary) and opens it, in one transaction. */
  async create(workspace: WorkspaceRecord, features: readonly WorkspaceFeatureRecord[]): Promise<WorkspaceRecord> {
    const tables = [workspaceTable(this.database), workspaceFeatureTable(this.database), settingsTable(this.database), heldLayerFeatureTable(this.database)];
    await this.database.transaction("rw", tables, async () => {
      await workspaceTable(this.database).put(workspace);
      for (let start = 0; start < features.length; start += 1_000) await workspaceFeatureTable(this.database).bulkPut(features.slice(start, start + 1_000));
      await placeHeldFeatures(this.database, workspace);
      await settingsTable(this.database).put({ key: "active", workspaceId: workspace.id, updatedAt: nowIso() });
    });
    return workspace;
  }

  async open(id: string): Promise<void> {
    await this.database.transaction("rw", [workspaceTable(this.database), settingsTable(this.database)], async () => {
      const workspace = await workspaceTable(this.database).get(id);
      if (!workspace) throw new Error(`Không tìm thấy vùng làm việc ${id}.`);
      await workspaceTable(this.database).put({ ...workspace, updatedAt: nowIso() });
      await settingsTable(this.database).put({ key: "active", workspaceId: id, updatedAt: nowIso() });
    });
  }
}
