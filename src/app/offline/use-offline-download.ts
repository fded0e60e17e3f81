// The offline download's state for the UI: starts a download (asking the
// browser to keep its storage), pauses, resumes (walking again from the start
// when tiles failed, so only those are fetched), cancels, and — when the app
// opens — resumes a download a reload interrupted.

import { useCallback, useEffect, useRef, useState } from "react";
import type { MultiPolygon, Polygon } from "geojson";
import { sourceKeyOf, type BasemapSourceConfig } from "../../store/offline/basemap-source.config";
import type { DownloadJobRecord } from "../../store/offline/download-job.repository";
import { DownloadRunner, type DownloadProgress } from "../../store/offline/download-runner";
import type { TileSourceAccess } from "../../store/offline/tile-source-access";
import { countTiles, enumerateTileRuns } from "../../geo/tiles/tile-enumeration";
import { resolveBasemap } from "../../map/basemap/basemap-source-style";
import { storageErrorMessage, userErrorMessage } from "../workspace";
import { basemapSettings, downloadJobs, registerTileSource, tileCache } from "./use-offline-services";

export interface DownloadRequest {
  source: BasemapSourceConfig;
  access: TileSourceAccess;
  areaName: string;
  area: Polygon | MultiPolygon;
  minZoom: number;
  maxZoom: number;
}

export interface OfflineDownload {
  job: DownloadJobRecord | null;
  progress: DownloadProgress | null;
  running: boolean;
  error: string | null;
  start(request: DownloadRequest): Promise<void>;
  pause(): void;
  resume(): Promise<void>;
  cancel(): void;
}

async function accessFor(job: DownloadJobRecord): Promise<TileSourceAccess> {
  const resolved = await resolveBasemap(job.source, (id) => basemapSettings.loadPmtilesFile(id).then((record) => record?.blob));
  if (!resolved.access) throw new Error("Nguồn bản đồ này không cần tải về.");
  registerTileSource(resolved.access);
  return resolved.access;
}

export function useOfflineDownload(): OfflineDownload {
  const [job, setJob] = useState<DownloadJobRecord | null>(null);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const runner = useRef<DownloadRunner | null>(null);
  const [running, setRunning] = useState(false);

  const run = useCallback(async (toRun: DownloadJobRecord, access: TileSourceAccess) => {
    if (runner.current) return;
    const current = new DownloadRunner(toRun, { store: tileCache, jobs: downloadJobs, access, onProgress: setProgress });
    runner.current = current;
    setRunning(true);
    setJob({ ...toRun, status: "running" });
    setError(null);
    try {
      setJob(await current.run());
    } catch (reason) {
      setError(storageErrorMessage(reason));
    } finally {
      runner.current = null;
      setRunning(false);
    }
  }, []);

  const start = useCallback(
    async (request: DownloadRequest) => {
      if (runner.current) return;
      void navigator.storage?.persist?.();
      try {
        const created = await downloadJobs.create({
          source: request.source,
          sourceKey: sourceKeyOf(request.source) ?? "",
          areaName: request.areaName,
          area: request.area,
          minZoom: request.minZoom,
          maxZoom: request.maxZoom,
          total: countTiles(enumerateTileRuns(request.area, request.minZoom, request.maxZoom)),
        });
        setProgress(null);
        await run(created, request.access);
      } catch (reason) {
        setError(storageErrorMessage(reason));
      }
    },
    [run],
  );

  const resume = useCallback(async () => {
    if (!job || runner.current) return;
    try {
      const access = await accessFor(job);
      await run(job.failed > 0 ? downloadJobs.forRetry(job) : job, access);
    } catch (reason) {
      setError(`Không tiếp tục tải được: ${userErrorMessage(reason, "lỗi không mong đợi; hãy thử lại")}`);
    }
  }, [job, run]);

  const pause = useCallback(() => runner.current?.pause(), []);
  const cancel = useCallback(() => runner.current?.cancel(), []);

  // A download a reload interrupted (still "running" in the database) goes on by itself.
  useEffect(() => {
    let cancelled = false;
    void downloadJobs.latest().then(async (latest) => {
      if (cancelled || !latest) return;
      setJob(latest);
      if (latest.status !== "running") return;
      try {
        await run(latest, await accessFor(latest));
      } catch (reason) {
        setError(`Không tiếp tục tải được: ${userErrorMessage(reason, "lỗi không mong đợi; hãy thử lại")}`);
      }
    });
    return () => {
      cancelled = true;
      runner.current?.pause();
    };
  }, [run]);

  return { job, progress, running, error, start, pause, resume, cancel };
}
