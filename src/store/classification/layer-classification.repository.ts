// The độ mật of each operational layer of each workspace (IndexedDB table
// `layerClassifications`, schema v10, one row per workspace and layer, key
// `${workspaceId}/${layerId}`). A layer without a row is Thường. Imported
// layers keep their mark on their own record (ImportedLayerRecord.classification).

import type { AppDatabase } from "../database";
import type { Classification } from "../../domain/classification";
import type { BuiltInLayerId } from "../../domain/layer-catalog";
import { nowIso } from "../ids";

export interface LayerClassificationRecord {
  key: string;
  workspaceId: string;
  layerId: BuiltInLayerId;
  classification: Classification;
  updatedAt: string;
  /** Who set it: "name (role)" of the device profile. */
  updatedBy: string;
}

export class LayerClassificationRepository {
  constructor(private readonly database: AppDatabase) {}

  private table() {
    return this.database.table<LayerClassificationRecord, string>("layerClassifications");
  }

  async ofWorkspace(workspaceId: string): Promise<Map<BuiltInLayerId, Classification>> {
    const rows = await this.table().where("workspaceId").equals(workspaceId).toArray();
    return new Map(rows.map((row) => [row.layerId, row.classification]));
  }

  async set(workspaceId: string, layerId: BuiltInLayerId, classification: Classification, actor: string): Promise<void> {
    await this.table().put({ key: `${workspaceId}/${layerId}`, workspaceId, layerId, classification, updatedAt: nowIso(), updatedBy: actor });
  }
}
