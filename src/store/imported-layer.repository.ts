// Imported layers and their features in IndexedDB (see database.ts).
// A layer and all its features are written in one transaction, so a failed or
// interrupted import leaves nothing half-written; features go in chunks of
// 1,000 (ENGINEERING.md §3).

import type { FeatureCollection } from "geojson";
import type { AppDatabase, ImportedLayerRecord, StoredFeatureRecord } from "./database";
import { newId, nowIso } from "./ids";

const WRITE_CHUNK_SIZE = 1_000;

export interface NewLayerInput {
  name: string;
  color: string;
  sourceFileName: string;
  collection: FeatureCollection;
}

export type LayerChanges = Partial<Pick<ImportedLayerRecord, "name" | "color" | "opacity" | "visible">>;

export class ImportedLayerRepository {
  constructor(private readonly database: AppDatabase) {}

  async create(input: NewLayerInput): Promise<ImportedLayerRecord> {
    const timestamp = nowIso();
    const layer: ImportedLayerRecord = {
      id: newId(),
      name: input.name,
      color: input.color,
      opacity: 0.8,
      visible: true,
      featureCount: input.collection.features.length,
      sourceFileName: input.sourceFileName,
      order: Date.now(),
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    const records: StoredFeatureRecord[] = input.collection.features.map((feature, index) => ({
      id: newId(),
      layerId: layer.id,
      index,
      feature,
      updatedAt: timestamp,
    }));
    await this.database.transaction("rw", this.database.layers, this.database.features, async () => {
      await this.database.layers.add(layer);
      for (let start = 0; start < records.length; start += WRITE_CHUNK_SIZE) {
        await this.database.features.bulkAdd(records.slice(start, start + WRITE_CHUNK_SIZE));
      }
    });
    return layer;
  }

  list(): Promise<ImportedLayerRecord[]> {
    return this.database.layers.orderBy("order").toArray();
  }

  async loadFeatures(layerId: string): Promise<FeatureCollection> {
    const records = await this.database.features
      .where("[layerId+index]")
      .between([layerId, -Infinity], [layerId, Infinity])
      .toArray();
    return { type: "FeatureCollection", features: records.map((record) => record.feature) };
  }

  async update(layerId: string, changes: LayerChanges): Promise<ImportedLayerRecord> {
    const updatedAt = nowIso();
    const count = await this.database.layers.update(layerId, { ...changes, updatedAt });
    if (count === 0) throw new Error(`Không tìm thấy lớp dữ liệu ${layerId}`);
    const layer = await this.database.layers.get(layerId);
    if (!layer) throw new Error(`Không tìm thấy lớp dữ liệu ${layerId}`);
    return layer;
  }

  async remove(layerId: string): Promise<void> {
    await this.database.transaction("rw", this.database.layers, this.database.features, async () => {
      await this.database.features.where("layerId").equals(layerId).delete();
      await this.database.layers.delete(layerId);
    });
  }
}
