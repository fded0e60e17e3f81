// Runs one kind of analysis in its own worker with progress and cancel, and
// caches results in memory by input key (no persistence: results are cheap
// to recompute and may be sensitive). Cancelling terminates the worker; the
// next run starts a fresh one. Results never block the map.

import { useCallback, useEffect, useRef, useState } from "react";
import { proxy, wrap, type Remote } from "comlink";
import type { AnalysisWorkerApi, Progress, WorkerOutcome } from "../../workers/analysis.worker";
import { trackJob, userErrorMessage } from "../workspace";

export type JobState<T> =
  | { status: "idle" }
  | { status: "running"; fraction: number; stage: string }
  | { status: "done"; result: T; fromCache: boolean }
  | { status: "failed"; message: string }
  | { status: "cancelled" };

const CACHE_LIMIT = 24;
const cache = new Map<string, unknown>();

function remember(key: string, value: unknown): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
}

type Task<T> = (api: Remote<AnalysisWorkerApi>, progress: Progress) => Promise<WorkerOutcome<T>>;

export function useAnalysisJob<T>() {
  const [state, setState] = useState<JobState<T>>({ status: "idle" });
  const worker = useRef<{ thread: Worker; api: Remote<AnalysisWorkerApi> } | null>(null);
  const runId = useRef(0);
  // A terminated worker never answers: its run is ended here, so it is not left counted as running.
  const endRun = useRef<(() => void) | null>(null);

  const stopWorker = useCallback(() => {
    worker.current?.thread.terminate();
    worker.current = null;
    endRun.current?.();
  }, []);
  useEffect(() => stopWorker, [stopWorker]);

  const run = useCallback(
    async (key: string, task: Task<T>) => {
      const id = ++runId.current;
      const cached = cache.get(key);
      if (cached !== undefined) {
        setState({ status: "done", result: cached as T, fromCache: true });
        return;
      }
      if (!worker.current) {
        const thread = new Worker(new URL("../../workers/analysis.worker.ts", import.meta.url), { type: "module" });
        worker.current = { thread, api: wrap<AnalysisWorkerApi>(thread) };
      }
      setState({ status: "running", fraction: 0, stage: "Đang chuẩn bị" });
      // Progress comes through the proxy's own port and the answer through the worker's: the last
      // progress messages may arrive after the answer, and must not turn a finished run back to running.
      let answered = false;
      const progress = proxy((fraction: number, stage: string) => {
        if (id === runId.current && !answered) setState({ status: "running", fraction, stage });
      });
      try {
        const stopped = new Promise<never>((_, reject) => (endRun.current = () => reject(new Error("Đã dừng phân tích"))));
        // A running job: locking the device waits for it (app/security).
        const outcome = await trackJob("Phân tích", Promise.race([task(worker.current.api, progress), stopped]));
        answered = true;
        if (id !== runId.current) return;
        if (outcome.ok) {
          remember(key, outcome.value);
          setState({ status: "done", result: outcome.value, fromCache: false });
        } else setState({ status: "failed", message: outcome.message });
      } catch (error) {
        answered = true;
        if (id !== runId.current) return;
        setState({ status: "failed", message: `Lỗi khi phân tích: ${userErrorMessage(error, "lỗi không mong đợi trong lúc tính toán; hãy kiểm tra dữ liệu đầu vào rồi chạy lại")}` });
      }
    },
    [],
  );

  const cancel = useCallback(() => {
    runId.current++;
    stopWorker();
    setState({ status: "cancelled" });
  }, [stopWorker]);

  return { state, run, cancel };
}
