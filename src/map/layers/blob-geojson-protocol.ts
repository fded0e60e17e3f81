// Lets MapLibre's own workers fetch and parse a GeoJSON blob (an imported
// layer stored in IndexedDB), so a large layer never passes through the main
// thread. Two things in maplibre-gl 6 would otherwise bring it there:
// - a URL with an unknown scheme — `blob:` too — is sent back to the main
//   thread ("GR"), which fetches and JSON-parses it and copies the result to
//   the worker. So each MapLibre worker gets a protocol handler for
//   `importedblob://` (which wraps the blob: URL) and fetches the blob itself.
// - GeoJSONWorkerSource.loadData answers data it loaded from a URL back to the
//   main thread (as the source's copy for getData()): a 150 MB structured
//   clone deserialised in one main-thread task. For `importedblob://` sources
//   only, that copy is dropped (the map draws from the worker's tile index;
//   nothing in the app calls getData() on imported layers).
// Both are installed with importScriptInWorkers, which also reaches workers
// started later. The script relies on maplibre-gl 6 worker internals
// (self.worker._getWorkerSource, loadData's result): re-check after upgrades.

import { importScriptInWorkers } from "maplibre-gl";

const SCHEME = "importedblob";

// Plain script evaluated in each MapLibre worker (self.addProtocol and self.worker are set by maplibre's worker).
const WORKER_SCRIPT = `(() => {
  const scheme = ${JSON.stringify(SCHEME)};
  self.addProtocol(scheme, async (params, abortController) => {
    const source = new URL(params.url).searchParams.get("src");
    if (!source || !source.startsWith("blob:")) throw new Error("Không có địa chỉ blob của lớp dữ liệu");
    const response = await fetch(source, { signal: abortController.signal });
    if (!response.ok) throw new Error("Không đọc được dữ liệu lớp: " + response.status);
    return { data: await response.json() };
  });
  const probe = self.worker && self.worker._getWorkerSource && self.worker._getWorkerSource("__importedblob-probe__", "geojson", "__probe__");
  const prototype = probe && Object.getPrototypeOf(probe);
  if (!prototype || typeof prototype.loadData !== "function" || prototype.__importedBlobPatched) return;
  const loadData = prototype.loadData;
  prototype.loadData = async function (params) {
    const result = await loadData.call(this, params);
    const url = params && params.request && params.request.url;
    if (result && typeof url === "string" && url.startsWith(scheme + "://")) delete result.data;
    return result;
  };
  prototype.__importedBlobPatched = true;
})();`;

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
