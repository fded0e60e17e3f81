// The import worker's side of storing a layer: it validates a GeoJSON file,
// writes a clean one straight to IndexedDB (its own Dexie connection, same
// schema as the page) and keeps the last results with problems in memory, so
// that "Chỉ nhập N đối tượng hợp lệ" — chosen later, after the user has read
// the problems — stores them without the features ever visiting the main
// thread. A large layer is also cut into vector tiles here, stored instead of
// its GeoJSON blob. Progress: reading and validating take 60 % of the bar,
// cutting tiles (large layers only) 20 %, storing the rest.

import type { FeatureCollection } from "geojson";
import { AppDatabase } from "../store/database";
import { ImportedLayerRepository } from "../store/layers/imported-layer.repository";
import { newId } from "../store/ids";
import { VECTOR_TILE_MAX_ZOOM, cutVectorTiles, shouldCutVectorTiles } from "../io/vector-tiles/cut-vector-tiles";
import type { ValidationResult } from "../io/validate-geojson";
import { validateGeoJsonFileWithProgress, type ImportProgress } from "./import-file-progress";
import { storageFailure, summaryOf, type LayerNaming, type StoreOutcome, type WorkerImportOutcome } from "./import-outcome";

export const VALIDATE_SHARE = 0.6;
const TILING_SHARE = 0.2;
/** Validated results kept for "import only the valid features": the newest always, older ones while they are small. */
const MAX_PENDING = 4;
const MAX_PENDING_FEATURES = 150_000;

let repository: ImportedLayerRepository | null = null;
const pending = new Map<string, FeatureCollection>();

function layers(): ImportedLayerRepository {
  repository ??= new ImportedLayerRepository(new AppDatabase());
  return repository;
}

type WriteOutcome = Exclude<StoreOutcome, { kind: "expired" }>;

function cutTiles(collection: FeatureCollection, onProgress: ImportProgress) {
  const stage = "Đang cắt lớp thành ô bản đồ";
  onProgress(VALIDATE_SHARE, stage);
  return { maxZoom: VECTOR_TILE_MAX_ZOOM, tiles: cutVectorTiles(collection, (fraction) => onProgress(VALIDATE_SHARE + TILING_SHARE * fraction, stage)) };
}

async function store(collection: FeatureCollection, naming: LayerNaming, onProgress: ImportProgress): Promise<WriteOutcome> {
  const vectorTiles = shouldCutVectorTiles(collection) ? cutTiles(collection, onProgress) : undefined;
  const storeFrom = VALIDATE_SHARE + (vectorTiles ? TILING_SHARE : 0);
  onProgress(storeFrom, "Đang lưu vào máy");
  try {
    let lastReported = 0;
    const { record } = await layers().create({ ...naming, collection, vectorTiles }, (written, total) => {
      if (written - lastReported < 5_000 && written < total) return;
      lastReported = written;
      onProgress(storeFrom + ((1 - storeFrom) * written) / Math.max(1, total), "Đang lưu vào máy");
    });
    return { kind: "stored", record };
  } catch (error) {
    return { kind: "storage-failed", failure: storageFailure(error) };
  }
}

/** Validates `file`; stores it as a layer when nothing is wrong, otherwise keeps its valid features for later. */
export async function importGeoJsonFile(file: File, naming: LayerNaming, onProgress: ImportProgress): Promise<WorkerImportOutcome> {
  const result = await validateGeoJsonFileWithProgress(file, (fraction, stage) => onProgress(fraction * VALIDATE_SHARE, stage));
  return storeValidated(result, naming, onProgress);
}

/** Stores a validated collection (GeoJSON file, or a converted Shapefile/GeoPackage/…) or keeps its valid features for later. */
export async function storeValidated(result: ValidationResult, naming: LayerNaming, onProgress: ImportProgress): Promise<WorkerImportOutcome> {
  const summary = summaryOf(result);
  if (result.ok && result.collection) {
    return { ...(await store(result.collection, naming, onProgress)), summary };
  }
  if (!result.collection || result.validFeatureCount === 0) return { kind: "rejected", summary, token: null };
  const token = newId();
  pending.set(token, result.collection);
  let kept = [...pending.values()].reduce((sum, collection) => sum + collection.features.length, 0);
  for (const [oldest, collection] of pending) {
    if (oldest === token || (pending.size <= MAX_PENDING && kept <= MAX_PENDING_FEATURES)) break;
    pending.delete(oldest);
    kept -= collection.features.length;
  }
  return { kind: "rejected", summary, token };
}

/** Stores the valid features of an earlier rejected file ("Chỉ nhập N đối tượng hợp lệ"). */
export async function storePendingImport(token: string, naming: LayerNaming, onProgress: ImportProgress): Promise<StoreOutcome> {
  const collection = pending.get(token);
  if (!collection) return { kind: "expired" };
  const outcome = await store(collection, naming, onProgress);
  if (outcome.kind === "stored") pending.delete(token);
  return outcome;
}

/** The user closed the report: the valid features are no longer needed. */
export function forgetPendingImport(token: string): void {
  pending.delete(token);
}

/** The map's blob of a stored layer, written from its feature rows first if it has none (layers from before v5). */
export function importedLayerBlob(layerId: string): Promise<Blob> {
  return layers().ensureBlob(layerId);
}
