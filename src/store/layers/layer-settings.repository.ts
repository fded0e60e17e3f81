// Visibility and opacity the user chose for the built-in layers, kept in
// IndexedDB (`layerSettings`, see database.ts) so the map reopens as it was left.

import type { AppDatabase, LayerSettingsRecord } from "../database";
import { nowIso } from "../ids";

export type LayerDisplay = Pick<LayerSettingsRecord, "visible" | "opacity">;

export class LayerSettingsRepository {
  constructor(private readonly database: AppDatabase) {}

  async loadAll(): Promise<Map<string, LayerDisplay>> {
    const records = await this.database.layerSettings.toArray();
    return new Map(records.map((record) => [record.layerId, { visible: record.visible, opacity: record.opacity }]));
  }

  async save(layerId: string, display: LayerDisplay): Promise<void> {
    await this.database.layerSettings.put({ layerId, ...display, updatedAt: nowIso() });
  }
}
