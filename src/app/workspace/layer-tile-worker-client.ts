// The main-thread side of the layer tile worker (workers/layer-tile.worker.ts):
// one worker, created on the first tile of a large imported layer and given
// the page's data key first.

import type { Remote } from "comlink";
import type { LayerTileWorkerApi } from "../../workers/layer-tile.worker";
import { storeWorker } from "./store-worker";

let worker: Remote<LayerTileWorkerApi> | null = null;

export function layerTileWorker(): Remote<LayerTileWorkerApi> {
  worker ??= storeWorker<LayerTileWorkerApi>(new Worker(new URL("../../workers/layer-tile.worker.ts", import.meta.url), { type: "module" }));
  return worker;
}
