// One sync run, and the schedule of runs: send the outbox (outbox-replay.ts),
// then pull what changed (changes-pull.ts). A run that fails because the
// network dropped or the server answered 5xx is tried again after an
// exponential, jittered delay (retry-delay.ts); everything acknowledged before
// the failure stays acknowledged, so the next run resumes where this one
// stopped. The outcome (last success, error, next attempt) is stored in
// `syncState`, which the status line reads live.

import type { AppDatabase } from "../database";
import { ChangesPull, type PullReport } from "./changes-pull";
import { OutboxReplay, type ReplayReport } from "./outbox-replay";
import { retryDelayMs } from "./retry-delay";
import type { SyncHttp } from "./sync-http";
import { SyncHttpError } from "./sync-http";
import { SyncStateRepository } from "./sync-state.repository";

export type SyncOutcome = { ok: true; replay: ReplayReport; pull: PullReport } | { ok: false; retryable: boolean; message: string; retryInMs: number | null };

export interface SyncEngineOptions {
  batchSize?: number;
  pageSize?: number;
  random?: () => number;
  now?: () => number;
}

export class SyncEngine {
  private failures = 0;
  private running: Promise<SyncOutcome> | null = null;
  private readonly state: SyncStateRepository;

  constructor(
    private readonly database: AppDatabase,
    private readonly http: SyncHttp,
    private readonly options: SyncEngineOptions = {},
  ) {
    this.state = new SyncStateRepository(database);
  }

  /** Runs one sync; concurrent calls share the run in progress. */
  syncNow(): Promise<SyncOutcome> {
    this.running ??= this.runOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(): Promise<SyncOutcome> {
    const now = this.options.now ?? Date.now;
    try {
      const replay = await new OutboxReplay(this.database, this.http, this.options.batchSize).run();
      const pull = await new ChangesPull(this.database, this.http, this.options.pageSize).run();
      this.failures = 0;
      await this.state.updateProgress({ lastSyncAt: new Date(now()).toISOString(), lastError: null, retryAt: null });
      return { ok: true, replay, pull };
    } catch (error) {
      const known = error instanceof SyncHttpError;
      const retryable = known ? error.retryable : false;
      const message = known ? error.message : "Đồng bộ gặp lỗi ngoài dự kiến; dữ liệu trên máy vẫn được giữ.";
      const retryInMs = retryable ? retryDelayMs(this.failures++, this.options.random) : null;
      await this.state.updateProgress({ lastError: message, retryAt: retryInMs === null ? null : new Date(now() + retryInMs).toISOString() });
      if (!known) console.error(error);
      return { ok: false, retryable, message, retryInMs };
    }
  }
}
