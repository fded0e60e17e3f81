// Reads the vector tiles of large imported layers for the map's
// `importedtiles://` protocol, off the main thread: a tile is one sealed
// record, and opening it (IndexedDB's copy out, AES-GCM, the codec) took the
// page 100–300 ms for the ≈ 11 MB zoom-10 tile of 200,000 parcels — once per
// over-zoomed tile in view. The bytes come back
// transferred, not copied. Concurrent reads of one tile share one opening
// (MapLibre asks for the same zoom-10 tile for every over-zoomed tile). Its
// own worker, not the import worker, so the map's tiles never wait behind an
// import.

import { expose, transfer } from "comlink";
import { AppDatabase } from "../store/database";
import { readLayerTile } from "../store/layers/layer-tile.repository";
import { requireDataKey, setDataKey } from "../store/crypto/data-key";

// The tiles are sealed: nothing is read until the page hands over its key.
requireDataKey();

const database = new AppDatabase();
const reading = new Map<string, Promise<ArrayBuffer | null>>();

async function readTile(layerId: string, z: number, x: number, y: number): Promise<ArrayBuffer | null> {
  const key = `${layerId}/${z}/${x}/${y}`;
  let opening = reading.get(key);
  if (!opening) {
    opening = readLayerTile(database, layerId, z, x, y).finally(() => reading.delete(key));
    reading.set(key, opening);
  }
  const data = await opening;
  if (!data) return null;
  // Each caller gets its own copy: a transferred buffer is gone from this worker.
  const copy = data.slice(0);
  return transfer(copy, [copy]);
}

const api = {
  readTile,
  /** The page's data key (a non-extractable CryptoKey, structured-cloned). */
  unlockStore: setDataKey,
};

export type LayerTileWorkerApi = typeof api;

expose(api);
