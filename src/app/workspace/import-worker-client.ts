// The main-thread side of the import worker: one worker, created on first use
// and given the page's data key first (its database writes are sealed too).

import type { Remote } from "comlink";
import type { ImportWorkerApi } from "../../workers/import.worker";
import { storeWorker } from "./store-worker";

let worker: Remote<ImportWorkerApi> | null = null;

export function importWorker(): Remote<ImportWorkerApi> {
  worker ??= storeWorker<ImportWorkerApi>(new Worker(new URL("../../workers/import.worker.ts", import.meta.url), { type: "module" }));
  return worker;
}
