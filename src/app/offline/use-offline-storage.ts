// Storage honesty for the offline tab: what the tile cache holds and its cap
// (live from IndexedDB), what the browser says is used and available
// (navigator.storage.estimate), whether storage is persistent
// (navigator.storage.persist), and clearing the tile cache — tiles only.

import { useCallback, useEffect, useState } from "react";
import type { TileCacheTotals } from "../../store/offline/tile-cache.store";
import { storageErrorMessage, useLiveData } from "../workspace";
import { basemapSettings, tileCache, tileWriteQueue } from "./use-offline-services";

const REFRESH_MS = 3_000;
const NO_TILES: TileCacheTotals = { bytes: 0, count: 0 };

export interface OfflineStorage {
  totals: TileCacheTotals;
  capBytes: number;
  usage: { used: number; available: number } | null;
  persisted: boolean | null;
  error: string | null;
  setCapBytes(bytes: number): Promise<void>;
  clearTiles(): Promise<void>;
  requestPersistence(): Promise<void>;
  refresh(): Promise<void>;
}

export function useOfflineStorage(): OfflineStorage {
  // Totals and cap are live: tiles written by the map, a download or another tab show at once.
  const totals = useLiveData(() => tileCache.totals(), []).data ?? NO_TILES;
  const storedCap = useLiveData(() => basemapSettings.loadCacheCap(), []).data;
  const capBytes = storedCap ?? tileCache.cap;
  const [usage, setUsage] = useState<OfflineStorage["usage"]>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.quota !== undefined) setUsage({ used: estimate.usage ?? 0, available: Math.max(0, estimate.quota - (estimate.usage ?? 0)) });
    setPersisted((await navigator.storage?.persisted?.()) ?? null);
  }, []);

  useEffect(() => {
    if (storedCap !== undefined && storedCap !== tileCache.cap) void tileCache.setCap(storedCap);
  }, [storedCap]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh().catch(() => undefined), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const setCapBytes = useCallback(
    async (bytes: number) => {
      setError(null);
      try {
        await basemapSettings.saveCacheCap(bytes);
        await tileCache.setCap(bytes);
        await refresh();
      } catch (reason) {
        setError(storageErrorMessage(reason));
      }
    },
    [refresh],
  );

  const clearTiles = useCallback(async () => {
    setError(null);
    try {
      tileWriteQueue.discard();
      await tileCache.clear();
      await refresh();
    } catch (reason) {
      setError(storageErrorMessage(reason));
    }
  }, [refresh]);

  const requestPersistence = useCallback(async () => {
    setPersisted((await navigator.storage?.persist?.()) ?? false);
  }, []);

  return { totals, capBytes, usage, persisted, error, setCapBytes, clearTiles, requestPersistence, refresh };
}
