// Runs one offline download: walks the area's tiles in enumeration order in
// chunks, skips tiles already cached, fetches the rest with bounded
// concurrency and retries, and stores each chunk's tiles together with the
// job's checkpoint in ONE transaction (see download-job.repository.ts) —
// so a reload resumes at the checkpoint, and a full disk stops the download
// cleanly with nothing half-written. One chunk is written while the next
// downloads. Pause and cancel abort in-flight requests; tiles already fetched
// are still stored (and recognised on resume by their store time).

import { enumerateTileRuns, tilesFrom, type TileCoordinate } from "../../geo/tiles/tile-enumeration";
import type { DownloadCounters, DownloadJobRecord, DownloadJobRepository, DownloadStatus } from "./download-job.repository";
import { DEFAULT_RETRY_POLICY, sleep, withRetry, type RetryPolicy } from "./download-retry";
import { DownloadSpeedMeter, type DownloadRate } from "./download-speed";
import { downloadStorageMessage, isQuotaError } from "./download-messages";
import type { TileCacheStore } from "./tile-cache.store";
import { tileKey, type TileToStore } from "./tile-cache.records";
import { TileHttpError, type TileSourceAccess } from "./tile-source-access";

const MAX_LISTED_FAILURES = 50;
/** This many network failures in a row means the connection is gone: pause instead of failing every tile. */
const NETWORK_LOSS_THRESHOLD = 8;
const PROGRESS_INTERVAL_MS = 200;

export interface DownloadProgress extends DownloadCounters {
  jobId: string;
  status: DownloadStatus;
  total: number;
  processed: number;
  rate: DownloadRate;
  message?: string;
}

export interface DownloadRunnerOptions {
  store: TileCacheStore;
  jobs: DownloadJobRepository;
  access: TileSourceAccess;
  concurrency?: number;
  chunkSize?: number;
  retry?: RetryPolicy;
  wait?: typeof sleep;
  onProgress?: (progress: DownloadProgress) => void;
  /** At most one progress report per this many ms (the last one always comes). */
  progressIntervalMs?: number;
  now?: () => number;
}

const ZERO: DownloadCounters = Object.freeze({ done: 0, failed: 0, skipped: 0, bytes: 0 });

function add(a: DownloadCounters, b: DownloadCounters): DownloadCounters {
  return { done: a.done + b.done, failed: a.failed + b.failed, skipped: a.skipped + b.skipped, bytes: a.bytes + b.bytes };
}

async function eachWithConcurrency<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export class DownloadRunner {
  private readonly abort = new AbortController();
  private stopAs: { status: DownloadStatus; message?: string } | null = null;
  private readonly speed: DownloadSpeedMeter;
  private lastProgressAt = -Infinity;
  private consecutiveNetworkFailures = 0;

  constructor(
    private job: DownloadJobRecord,
    private readonly options: DownloadRunnerOptions,
  ) {
    this.speed = new DownloadSpeedMeter(options.now);
  }

  get jobId(): string {
    return this.job.id;
  }

  pause(): void {
    this.stop("paused");
  }

  cancel(): void {
    this.stop("cancelled");
  }

  /** Runs until the download completes, is paused or cancelled, or stops on a storage error. */
  async run(): Promise<DownloadJobRecord> {
    const { store, jobs } = this.options;
    const chunkSize = this.options.chunkSize ?? 32;
    this.job = await jobs.save({ ...this.job, status: "running", message: undefined });
    const tiles = tilesFrom(enumerateTileRuns(this.job.area, this.job.minZoom, this.job.maxZoom), this.job.cursor);
    let planned = this.job;
    let writing: Promise<void> = Promise.resolve();
    let writeError: unknown = null;

    while (!this.stopAs && !writeError) {
      const chunk = take(tiles, chunkSize);
      if (chunk.length === 0) break;
      const { counters, fetched, failedTiles } = await this.downloadChunk(chunk, planned);
      if (this.abort.signal.aborted) {
        // Keep what was fetched; the checkpoint stays before this chunk.
        await writing;
        if (fetched.length > 0 && !writeError) await store.write(fetched).catch((error: unknown) => (writeError = error));
        break;
      }
      const checkpoint: DownloadJobRecord = {
        ...planned,
        ...add(planned, counters),
        cursor: planned.cursor + chunk.length,
        failedTiles: [...planned.failedTiles, ...failedTiles].slice(0, MAX_LISTED_FAILURES),
      };
      planned = checkpoint;
      await writing;
      if (writeError) break;
      writing = store
        .write(fetched, { tables: [jobs.table], run: async () => void (await jobs.table.put(checkpoint)) })
        .then(() => void (this.job = checkpoint))
        .catch((error: unknown) => {
          writeError = error;
          this.abort.abort();
        });
    }
    await writing;

    if (writeError) {
      const message = isQuotaError(writeError) ? downloadStorageMessage(true) : downloadStorageMessage(false, writeError);
      this.job = { ...this.job, status: "stopped", message };
    } else if (this.stopAs) {
      this.job = { ...this.job, status: this.stopAs.status, message: this.stopAs.message };
    } else {
      this.job = { ...this.job, status: "completed", message: undefined };
    }
    // Saving the status is small, but may itself fail on a full disk: the checkpoint is already safe.
    this.job = await jobs.save(this.job).catch(() => this.job);
    this.emit(this.job, ZERO, 0, true);
    return this.job;
  }

  private stop(status: DownloadStatus, message?: string): void {
    if (this.stopAs) return;
    this.stopAs = { status, message };
    this.abort.abort(new DOMException("Đã dừng tải", "AbortError"));
  }

  private async downloadChunk(chunk: (TileCoordinate & { index: number })[], base: DownloadJobRecord) {
    const { store, access } = this.options;
    const keys = chunk.map((tile) => tileKey(access.sourceKey, tile.z, tile.x, tile.y));
    const cached = await store.entries(keys);
    const counters = { ...ZERO };
    const fetched: TileToStore[] = [];
    const failedTiles: string[] = [];
    const missing: number[] = [];
    chunk.forEach((_, position) => {
      const entry = cached.get(keys[position]);
      if (!entry) missing.push(position);
      else if (entry.storedAt >= base.startedAt) {
        counters.done += 1;
        counters.bytes += entry.size;
      } else counters.skipped += 1;
    });
    let finished = chunk.length - missing.length;
    this.emit(base, counters, finished);

    await eachWithConcurrency(missing, this.options.concurrency ?? 6, async (position) => {
      if (this.abort.signal.aborted) return;
      const { z, x, y } = chunk[position];
      try {
        const signal = this.abort.signal;
        const tile = await withRetry(() => access.fetchTile(z, x, y, signal), this.options.retry ?? DEFAULT_RETRY_POLICY, signal, this.options.wait ?? sleep);
        fetched.push({ key: keys[position], sourceKey: access.sourceKey, data: tile.data, contentType: tile.contentType });
        counters.done += 1;
        counters.bytes += tile.data.byteLength;
        this.consecutiveNetworkFailures = 0;
      } catch (error) {
        if (this.abort.signal.aborted) return;
        counters.failed += 1;
        failedTiles.push(`${z}/${x}/${y}`);
        if (error instanceof TileHttpError) this.consecutiveNetworkFailures = 0;
        else if (++this.consecutiveNetworkFailures >= NETWORK_LOSS_THRESHOLD) {
          this.stop("paused", "Mất kết nối mạng nên đã tạm dừng tải. Khi có mạng, bấm “Tiếp tục”.");
        }
      }
      finished += 1;
      this.emit(base, counters, finished);
    });
    // After a stop (pause, cancel, lost connection) the chunk is not checkpointed: its unfinished tiles are retried on resume.
    return { counters, fetched, failedTiles };
  }

  private emit(base: DownloadJobRecord, chunkCounters: DownloadCounters, finishedInChunk: number, force = false): void {
    const counters = add(base, chunkCounters);
    this.speed.record(counters.done + counters.skipped + counters.failed, counters.bytes);
    const now = (this.options.now ?? (() => performance.now()))();
    if (!force && now - this.lastProgressAt < (this.options.progressIntervalMs ?? PROGRESS_INTERVAL_MS)) return;
    this.lastProgressAt = now;
    const processed = base.cursor + finishedInChunk;
    this.options.onProgress?.({
      jobId: base.id,
      status: force ? base.status : "running",
      total: base.total,
      processed,
      ...counters,
      rate: this.speed.rate(base.total - processed),
      message: base.message,
    });
  }
}

function take<T>(iterator: Iterator<T>, count: number): T[] {
  const items: T[] = [];
  while (items.length < count) {
    const next = iterator.next();
    if (next.done) break;
    items.push(next.value);
  }
  return items;
}
