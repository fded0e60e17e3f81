// Offline downloads ("Tải về để dùng ngoại tuyến") in the app's IndexedDB
// database (`downloadJobs`, Dexie v2, see database.ts): the area, zoom range
// and source of each download, and a checkpoint — every tile before `cursor`
// (in tile-enumeration order) is finished and counted — written in the same
// transaction as the tiles it covers, so a reload resumes exactly there.

import type { MultiPolygon, Polygon } from "geojson";
import type { Table } from "dexie";
import type { AppDatabase } from "../database";
import type { BasemapSourceConfig } from "./basemap-source.config";
import { newId, nowIso } from "../ids";

export type DownloadStatus = "running" | "paused" | "completed" | "cancelled" | "stopped";

export interface DownloadCounters {
  /** Tiles fetched and stored by this download. */
  done: number;
  failed: number;
  /** Tiles already in the cache before this download started. */
  skipped: number;
  bytes: number;
}

export interface DownloadJobRecord extends DownloadCounters {
  id: string;
  source: BasemapSourceConfig;
  sourceKey: string;
  areaName: string;
  area: Polygon | MultiPolygon;
  minZoom: number;
  maxZoom: number;
  total: number;
  /** Every tile with a lower index is finished and counted in the counters. */
  cursor: number;
  /** A few failed tiles ("z/x/y"), for the summary. */
  failedTiles: string[];
  status: DownloadStatus;
  /** Why the download stopped or paused by itself (Vietnamese), e.g. the disk is full. */
  message?: string;
  /** Milliseconds since the epoch: tiles stored since then are this download's. */
  startedAt: number;
  createdAt: string;
  updatedAt: string;
}

export type NewDownloadJob = Pick<DownloadJobRecord, "source" | "sourceKey" | "areaName" | "area" | "minZoom" | "maxZoom" | "total">;

export class DownloadJobRepository {
  readonly table: Table<DownloadJobRecord, string>;

  constructor(database: AppDatabase) {
    this.table = database.table<DownloadJobRecord, string>("downloadJobs");
  }

  async create(input: NewDownloadJob, now = Date.now()): Promise<DownloadJobRecord> {
    const timestamp = nowIso();
    const job: DownloadJobRecord = {
      ...input,
      id: newId(),
      cursor: 0,
      done: 0,
      failed: 0,
      skipped: 0,
      bytes: 0,
      failedTiles: [],
      status: "running",
      startedAt: now,
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    await this.table.add(job);
    return job;
  }

  get(id: string): Promise<DownloadJobRecord | undefined> {
    return this.table.get(id);
  }

  async save(job: DownloadJobRecord): Promise<DownloadJobRecord> {
    const saved = { ...job, updatedAt: nowIso() };
    await this.table.put(saved);
    return saved;
  }

  /**
   * Prepares a download to walk its area again from the start, e.g. to retry
   * failed tiles: tiles it already stored are recognised by their store time
   * and counted as done without a request, so only the missing ones are fetched.
   */
  forRetry(job: DownloadJobRecord): DownloadJobRecord {
    return { ...job, cursor: 0, done: 0, failed: 0, skipped: 0, bytes: 0, failedTiles: [], status: "running", message: undefined };
  }

  /** The most recent download, to show (and resume) when the app opens. */
  async latest(): Promise<DownloadJobRecord | undefined> {
    return this.table.orderBy("updatedAt").last();
  }
}
