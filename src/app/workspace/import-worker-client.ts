// The main-thread side of the import worker: one worker, created on first use.

import { wrap, type Remote } from "comlink";
import type { ImportWorkerApi } from "../../workers/import.worker";

let worker: Remote<ImportWorkerApi> | null = null;

export function importWorker(): Remote<ImportWorkerApi> {
  worker ??= wrap<ImportWorkerApi>(new Worker(new URL("../../workers/import.worker.ts", import.meta.url), { type: "module" }));
  return worker;
}
