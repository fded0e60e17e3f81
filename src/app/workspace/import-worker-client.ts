// The main-thread side of the import worker: one worker, created on first use
// and given the page's data key first (its database writes are sealed too).
// Every call is a running job (running-jobs.ts): locking the device waits for it.

import type { Remote } from "comlink";
import type { ImportWorkerApi } from "../../workers/import.worker";
import { trackJob } from "./running-jobs";
import { storeWorker } from "./store-worker";

let worker: Remote<ImportWorkerApi> | null = null;

/** The worker's methods, each call registered as a running job while it lasts. */
function trackedCalls(remote: Remote<ImportWorkerApi>): Remote<ImportWorkerApi> {
  return new Proxy(remote, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property);
      if (typeof property !== "string" || property === "then" || typeof member !== "function") return member;
      return (...args: unknown[]) => trackJob("Nhập, xuất dữ liệu", (member as (...values: unknown[]) => Promise<unknown>)(...args));
    },
  });
}

export function importWorker(): Remote<ImportWorkerApi> {
  worker ??= trackedCalls(storeWorker<ImportWorkerApi>(new Worker(new URL("../../workers/import.worker.ts", import.meta.url), { type: "module" })));
  return worker;
}
