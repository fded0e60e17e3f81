// Imported layers in IndexedDB (see database.ts): the layer record (`layers`),
// its features (from v11 1,000 per row, `layerFeatureChunks`,
// layer-feature-chunk.repository.ts; one row per feature in `features` for
// layers stored before) and the map's copy: from v5 the whole valid
// FeatureCollection as one JSON blob (`layerBlobs`, keyed by layerId) that the
// map loads by URL, or from v6, for large layers, their vector tiles instead
// (`layerTiles`, layer-tile.repository.ts). A layer, its features and its map
// copy are written in one transaction, so a failed or interrupted import
// leaves nothing half-written. Large imports run this in the import worker
// (src/workers/import-layer-store.ts).

import type { Classification } from "../../domain/classification";
import { bbox } from "@turf/bbox";
import type { FeatureCollection } from "geojson";
import type { AppDatabase, ImportedLayerRecord } from "../database";
import { newId, nowIso } from "../ids";
import { layerTilesTable, writeLayerTiles, type EncodedTile } from "./layer-tile.repository";
import { deleteLayerFeatureChunks, layerFeatureChunksTable, readLayerFeatureChunks, writeLayerFeatureChunks } from "./layer-feature-chunk.repository";

/** Rows of the `features` table (layers stored before v11) read per request. */
const READ_CHUNK_SIZE = 1_000;

export interface NewLayerInput {
  name: string;
  color: string;
  sourceFileName: string;
  collection: FeatureCollection;
  /** The layer's vector tiles (large layers): stored instead of the GeoJSON blob. */
  vectorTiles?: { maxZoom: number; tiles: readonly EncodedTile[] };
  /** Độ mật the layer arrives with (an exchange package's layer); absent = Thường. */
  classification?: Classification;
}

/** The map's copy of a layer: its valid FeatureCollection as JSON (`layerBlobs`, Dexie v5). */
export interface LayerBlobRecord {
  layerId: string;
  blob: Blob;
  updatedAt: string;
}

export interface StoredLayer {
  record: ImportedLayerRecord;
  /** The map's GeoJSON; null when the layer is drawn from its vector tiles. */
  blob: Blob | null;
}

/** Called after each chunk of features is written (written ≤ total). */
export type WriteProgress = (written: number, total: number) => void;

export type LayerChanges = Partial<Pick<ImportedLayerRecord, "name" | "color" | "opacity" | "visible" | "classification">>;

export function collectionBlob(collection: FeatureCollection): Blob {
  return new Blob([JSON.stringify(collection)], { type: "application/geo+json" });
}

function collectionBbox(collection: FeatureCollection): [number, number, number, number] | undefined {
  if (collection.features.length === 0) return undefined;
  const [west, south, east, north] = bbox(collection);
  return Number.isFinite(west) ? [west, south, east, north] : undefined;
}

export class ImportedLayerRepository {
  constructor(private readonly database: AppDatabase) {}

  private get blobs() {
    return this.database.table<LayerBlobRecord, string>("layerBlobs");
  }

  async create(input: NewLayerInput, onProgress?: WriteProgress): Promise<StoredLayer> {
    const timestamp = nowIso();
    const layerBbox = collectionBbox(input.collection);
    const tiles = input.vectorTiles?.tiles;
    const layer: ImportedLayerRecord = {
      id: newId(),
      name: input.name,
      color: input.color,
      opacity: 0.8,
      visible: true,
      featureCount: input.collection.features.length,
      sourceFileName: input.sourceFileName,
      ...(layerBbox && { bbox: layerBbox }),
      ...(input.vectorTiles && {
        vectorTiles: { maxZoom: input.vectorTiles.maxZoom, tileCount: input.vectorTiles.tiles.length, bytes: input.vectorTiles.tiles.reduce((sum, tile) => sum + tile.data.byteLength, 0) },
      }),
      order: Date.now(),
      ...(input.classification && input.classification !== "thuong" && { classification: input.classification }),
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    const blob = tiles ? null : collectionBlob(input.collection);
    const { features } = input.collection;
    await this.database.transaction("rw", [this.database.layers, layerFeatureChunksTable(this.database), this.blobs, layerTilesTable(this.database)], async () => {
      await this.database.layers.add(layer);
      await writeLayerFeatureChunks(this.database, layer.id, features, timestamp, (written) => onProgress?.(written, features.length));
      if (blob) await this.blobs.add({ layerId: layer.id, blob, updatedAt: timestamp });
      if (tiles) await writeLayerTiles(this.database, layer.id, tiles);
    });
    return { record: layer, blob };
  }

  list(): Promise<ImportedLayerRecord[]> {
    return this.database.layers.orderBy("order").toArray();
  }

  /** The map's blob of a layer; null for layers stored before v5 (see ensureBlob). */
  async loadBlob(layerId: string): Promise<Blob | null> {
    return (await this.blobs.get(layerId))?.blob ?? null;
  }

  /** The blob of a layer, written from its feature rows when it has none yet (layers from before v5). */
  async ensureBlob(layerId: string): Promise<Blob> {
    const existing = await this.loadBlob(layerId);
    if (existing) return existing;
    const blob = collectionBlob(await this.loadFeatures(layerId));
    await this.database.transaction("rw", [this.database.layers, this.blobs], async () => {
      if (await this.database.layers.get(layerId)) await this.blobs.put({ layerId, blob, updatedAt: nowIso() });
    });
    return blob;
  }

  /**
   * All features of a layer in file order, read 1,000 features per request so
   * that no single task deserialises a whole large layer on the calling thread.
   */
  async loadFeatures(layerId: string): Promise<FeatureCollection> {
    const chunked = await readLayerFeatureChunks(this.database, layerId);
    if (chunked.length > 0) return { type: "FeatureCollection", features: chunked };
    const features: FeatureCollection["features"] = [];
    let next = 0;
    for (;;) {
      const chunk = await this.database.features
        .where("[layerId+index]")
        .between([layerId, next], [layerId, Infinity])
        .limit(READ_CHUNK_SIZE)
        .toArray();
      for (const record of chunk) features.push(record.feature);
      if (chunk.length < READ_CHUNK_SIZE) break;
      next = chunk[chunk.length - 1].index + 1;
    }
    return { type: "FeatureCollection", features };
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
    await this.database.transaction("rw", [this.database.layers, this.database.features, layerFeatureChunksTable(this.database), this.blobs, layerTilesTable(this.database)], async () => {
      await this.database.features.where("layerId").equals(layerId).delete();
      await deleteLayerFeatureChunks(this.database, layerId);
      await this.blobs.delete(layerId);
      await layerTilesTable(this.database).where("layerId").equals(layerId).delete();
      await this.database.layers.delete(layerId);
    });
  }
}
