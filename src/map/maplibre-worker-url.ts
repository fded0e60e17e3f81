// maplibre-gl 6 finds its worker next to its own module (import.meta.url), a
// path that no longer exists once Vite has bundled the library, and the map
// then fails with "Worker failed to load". Vite emits the (self-contained)
// worker file as a same-origin asset instead, and we point maplibre at it.

import { setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

export function pointMapLibreAtBundledWorker(): void {
  setWorkerUrl(new URL(workerUrl, window.location.href).href);
}
