// Lets MapLibre's own workers fetch and parse a GeoJSON blob (an imported
// layer stored in IndexedDB), so a large layer never passes through the main
// thread. maplibre-gl 6 sends any URL with an unknown scheme — `blob:` too —
// back to the main thread ("GR"), which would fetch and JSON-parse it there
// and then copy the result to the worker. So each MapLibre worker gets a tiny
// protocol handler (importScriptInWorkers) for `importedblob://`, which wraps
// the blob: URL; the worker fetches the blob (same origin) and parses it itself.

import { importScriptInWorkers } from "maplibre-gl";

const SCHEME = "importedblob";

// Plain script evaluated in each MapLibre worker (self.addProtocol is set by maplibre's worker).
const WORKER_SCRIPT = `self.addProtocol(${JSON.stringify(SCHEME)}, async (params, abortController) => {
  const source = new URL(params.url).searchParams.get("src");
  if (!source || !source.startsWith("blob:")) throw new Error("Không có địa chỉ blob của lớp dữ liệu");
  const response = await fetch(source, { signal: abortController.signal });
  if (!response.ok) throw new Error("Không đọc được dữ liệu lớp: " + response.status);
  return { data: await response.json() };
});`;

let installed: Promise<void> | null = null;

/** Installs the protocol in MapLibre's workers once per page (also in workers started later). */
export function installBlobGeoJsonProtocol(): Promise<void> {
  installed ??= importScriptInWorkers(URL.createObjectURL(new Blob([WORKER_SCRIPT], { type: "text/javascript" })));
  return installed;
}

/** The GeoJSON source `data` URL under which MapLibre's workers load `blobUrl`. */
export function blobGeoJsonSourceUrl(blobUrl: string): string {
  return `${SCHEME}://layer/?src=${encodeURIComponent(blobUrl)}`;
}
