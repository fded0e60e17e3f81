// The offline feature's single instances over the app's database: the tile
// cache and its write queue, the basemap settings, the download jobs, the
// registry of tile sources the `tilecache://` protocol serves, and this
// session's tile counters (hits, network, failures) shown in the offline tab.

import { useSyncExternalStore } from "react";
import { BasemapSourceRepository } from "../../store/offline/basemap-source.repository";
import { DownloadJobRepository } from "../../store/offline/download-job.repository";
import { TileCacheStore } from "../../store/offline/tile-cache.store";
import type { TileSourceAccess } from "../../store/offline/tile-source-access";
import { TileWriteQueue } from "../../store/offline/tile-write-queue";
import { registerTileCacheProtocol } from "../../map/basemap/tile-protocol-registration";
import { appDatabase, storageErrorMessage } from "../workspace";

export interface TileSessionCounters {
  hit: number;
  network: number;
  local: number;
  failed: number;
  /** The last storage error of the background cache writes, in Vietnamese. */
  writeError: string | null;
  /** Why the last basemap tile could not be fetched (timeout, HTML answer, 500, oversized), in Vietnamese. */
  lastTileError: string | null;
}

export const tileCache = new TileCacheStore(appDatabase);
export const basemapSettings = new BasemapSourceRepository(appDatabase);
export const downloadJobs = new DownloadJobRepository(appDatabase);

let counters: TileSessionCounters = { hit: 0, network: 0, local: 0, failed: 0, writeError: null, lastTileError: null };
const listeners = new Set<() => void>();

function updateCounters(change: Partial<TileSessionCounters>): void {
  counters = { ...counters, ...change };
  for (const listener of listeners) listener();
}

export const tileWriteQueue = new TileWriteQueue(tileCache, {
  onError: (error) =>
    updateCounters({
      writeError: `Không lưu được ô bản đồ vào bộ nhớ đệm: ${storageErrorMessage(error)} Bản đồ vẫn hiển thị.`,
    }),
});

const sources = new Map<string, TileSourceAccess>();

/** Makes a source's tiles available to the map (and registers the protocol on first use). */
export function registerTileSource(access: TileSourceAccess): void {
  sources.set(access.sourceKey, access);
  registerTileCacheProtocol({
    cache: tileCache,
    queue: tileWriteQueue,
    source: (key) => sources.get(key),
    onOutcome: (outcome) => updateCounters({ [outcome]: counters[outcome] + 1, ...(outcome === "network" ? { lastTileError: null } : {}) }),
    onFailure: (message) => updateCounters({ lastTileError: message }),
  });
}

export function useTileSessionCounters(): TileSessionCounters {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => counters,
  );
}
