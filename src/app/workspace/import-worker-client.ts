// The main-thread side of the import worker: one worker, created on first use
// and given the page's data key first (its database writes are sealed too).

import { wrap, type Remote } from "comlink";
import type { ImportWorkerApi } from "../../workers/import.worker";
import { currentDataKey } from "../../store/crypto/data-key";

let worker: Remote<ImportWorkerApi> | null = null;

export function importWorker(): Remote<ImportWorkerApi> {
  if (!worker) {
    worker = wrap<ImportWorkerApi>(new Worker(new URL("../../workers/import.worker.ts", import.meta.url), { type: "module" }));
    const key = currentDataKey();
    // Comlink delivers calls in order: every later call finds the key set.
    if (key) void worker.unlockStore(key);
  }
  return worker;
}
