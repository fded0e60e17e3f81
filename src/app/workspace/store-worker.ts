// A Comlink worker that opens the encrypted database itself (import, layer
// tiles): wrapped, and given the page's data key before anything else.

import { wrap, type Remote } from "comlink";
import { currentDataKey } from "../../store/crypto/data-key";

export interface StoreWorkerApi {
  unlockStore(key: CryptoKey): void;
}

export function storeWorker<Api extends StoreWorkerApi>(worker: Worker): Remote<Api> {
  const remote = wrap<StoreWorkerApi>(worker);
  const key = currentDataKey();
  // Comlink delivers calls in order: every later call finds the key set.
  if (key) void remote.unlockStore(key);
  return remote as unknown as Remote<Api>;
}
