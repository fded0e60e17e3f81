// The features of imported layers (`layerFeatureChunks`, Dexie v11): 1,000
// features per row, key [layerId+index] (`index` = file position of the
// chunk's first feature, as in `features`), the features as UTF-8 JSON
// bytes. One row per feature (`features`, v1) made a 200,000-parcel import
// 200,000 sealed records — one encryption and one IndexedDB put each, most of
// the import's time; 200 rows cost one JSON.stringify and one seal per 1,000
// features. Bytes rather than objects: the record codec
// (store/crypto/record-codec.ts) appends binary parts raw instead of walking
// every coordinate. Written by ImportedLayerRepository in the layer's own
// transaction; read one chunk per request, so no single task decodes a whole
// large layer. Layers stored before v11 keep their `features` rows.

import type { Feature } from "geojson";
import type { AppDatabase } from "../database";

export interface LayerFeatureChunkRecord {
  layerId: string;
  /** File position of the chunk's first feature. */
  index: number;
  count: number;
  /** UTF-8 JSON of the chunk's Feature array. */
  features: Uint8Array;
  updatedAt: string;
}

export const FEATURE_CHUNK_SIZE = 1_000;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function layerFeatureChunksTable(database: AppDatabase) {
  return database.table<LayerFeatureChunkRecord, [string, number]>("layerFeatureChunks");
}

/** Writes the features in chunks, calling `onChunk` after each; call inside a transaction that includes `layerFeatureChunks`. */
export async function writeLayerFeatureChunks(
  database: AppDatabase,
  layerId: string,
  features: readonly Feature[],
  updatedAt: string,
  onChunk?: (written: number) => void,
): Promise<void> {
  for (let index = 0; index < features.length; index += FEATURE_CHUNK_SIZE) {
    const chunk = features.slice(index, index + FEATURE_CHUNK_SIZE);
    await layerFeatureChunksTable(database).add({ layerId, index, count: chunk.length, features: encoder.encode(JSON.stringify(chunk)), updatedAt });
    onChunk?.(index + chunk.length);
  }
}

/** Every feature of a layer in file order, one chunk per request; empty for layers stored before v11. */
export async function readLayerFeatureChunks(database: AppDatabase, layerId: string): Promise<Feature[]> {
  const features: Feature[] = [];
  for (let next = 0; ; ) {
    const chunk = await layerFeatureChunksTable(database).where("[layerId+index]").between([layerId, next], [layerId, Infinity]).first();
    if (!chunk) return features;
    for (const feature of JSON.parse(decoder.decode(chunk.features)) as Feature[]) features.push(feature);
    next = chunk.index + chunk.count;
  }
}

export function deleteLayerFeatureChunks(database: AppDatabase, layerId: string): Promise<number> {
  return layerFeatureChunksTable(database).where("layerId").equals(layerId).delete();
}
