// The basemap the officer chose ("Bản đồ nền"): loaded from IndexedDB at
// start, applied under the commune's layers, saved when changed. A source
// that cannot be opened (a PMTiles URL while offline, a damaged file) leaves
// the current basemap in place and says why in Vietnamese; the built-in
// offline basemap needs nothing and stays the default.

import { useCallback, useEffect, useState } from "react";
import { BUILT_IN_BASEMAP, type BasemapSourceConfig } from "../../store/offline/basemap-source.config";
import { resolveBasemap, type ResolvedBasemap } from "../../map/basemap/basemap-source-style";
import type { MapController } from "../../map/map-controller";
import { storageErrorMessage, userErrorMessage } from "../workspace";
import { basemapSettings, registerTileSource } from "./use-offline-services";

const PMTILES_MAGIC = "PMTiles";

export interface OfflineBasemap {
  config: BasemapSourceConfig;
  resolved: ResolvedBasemap | null;
  busy: boolean;
  error: string | null;
  apply(config: BasemapSourceConfig): Promise<boolean>;
  pickFile(file: File): Promise<boolean>;
}

const loadFile = (id: string) => basemapSettings.loadPmtilesFile(id).then((record) => record?.blob);

function openProblem(config: BasemapSourceConfig, error: unknown): string {
  const detail = userErrorMessage(error, "lỗi không mong đợi khi đọc nguồn");
  if (config.kind === "pmtiles-url") return `Không mở được tệp PMTiles qua mạng (${detail}). Kiểm tra URL và kết nối; bản đồ nền hiện tại được giữ nguyên.`;
  return `Không dùng được nguồn bản đồ này (${detail}). Bản đồ nền hiện tại được giữ nguyên.`;
}

async function hasPmtilesMagic(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return new TextDecoder().decode(head.slice(0, 7)) === PMTILES_MAGIC && head[7] === 3;
}

export function useOfflineBasemap(controller: MapController | null): OfflineBasemap {
  const [config, setConfig] = useState<BasemapSourceConfig>(BUILT_IN_BASEMAP);
  const [resolved, setResolved] = useState<ResolvedBasemap | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const show = useCallback(
    async (next: BasemapSourceConfig, fileOverride?: Blob): Promise<ResolvedBasemap> => {
      const result = await resolveBasemap(next, fileOverride ? async () => fileOverride : loadFile);
      if (result.access) registerTileSource(result.access);
      await controller?.setBasemap(result);
      return result;
    },
    [controller],
  );

  const apply = useCallback(
    async (next: BasemapSourceConfig): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        const result = await show(next);
        await basemapSettings.saveSource(next);
        setConfig(next);
        setResolved(result);
        return true;
      } catch (reason) {
        setError(openProblem(next, reason));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [show],
  );

  const pickFile = useCallback(
    async (file: File): Promise<boolean> => {
      setError(null);
      if (!file.name.toLowerCase().endsWith(".pmtiles") || !(await hasPmtilesMagic(file))) {
        setError(`Tệp “${file.name}” không phải là tệp PMTiles phiên bản 3 (.pmtiles). Bản đồ nền hiện tại được giữ nguyên.`);
        return false;
      }
      setBusy(true);
      try {
        const checking: BasemapSourceConfig = { kind: "pmtiles-file", fileId: "checking", fileName: file.name, size: file.size };
        await resolveBasemap(checking, async () => file);
        void navigator.storage?.persist?.();
        const stored = await basemapSettings.storePmtilesFile(file, file.name).catch((reason: unknown) => {
          throw new Error(storageErrorMessage(reason));
        });
        setResolved(await show(stored));
        setConfig(stored);
        return true;
      } catch (reason) {
        setError(openProblem({ kind: "pmtiles-file", fileId: "", fileName: file.name, size: file.size }, reason));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [show],
  );

  useEffect(() => {
    if (!controller) return;
    let cancelled = false;
    void basemapSettings
      .loadSource()
      .then(async (saved) => {
        // The built-in basemap is already in the map's first style: nothing to swap.
        const result = saved.kind === "built-in" ? await resolveBasemap(saved, loadFile) : await show(saved);
        if (cancelled) return;
        setConfig(saved);
        setResolved(result);
      })
      .catch((reason: unknown) => !cancelled && setError(openProblem({ kind: "built-in" }, reason)));
    return () => {
      cancelled = true;
    };
  }, [controller, show]);

  return { config, resolved, busy, error, apply, pickFile };
}
