// `ioctiles://<path>`: vector tiles of the provincial server that need the
// session's Authorization header (GET /ioc/incidents/tiles/{z}/{x}/{y}.mvt).
// MapLibre hands a custom scheme to the main thread, where the app's
// authorised fetch (bearer token refreshed as needed) answers it — the token
// never goes into a URL or into the map style. Registered once per page; the
// fetcher is swapped when the session changes.

import { addProtocol } from "maplibre-gl";

const SCHEME = "ioctiles";

/** Fetches a server path (with its leading slash); null for an empty tile. */
export type AuthorisedTileFetcher = (path: string, signal: AbortSignal) => Promise<ArrayBuffer | null>;

let fetcher: AuthorisedTileFetcher | null = null;
let registered = false;

export function setAuthorisedTileFetcher(next: AuthorisedTileFetcher | null): void {
  fetcher = next;
  if (registered) return;
  registered = true;
  addProtocol(SCHEME, async (params, abortController) => {
    if (!fetcher) throw new Error("Chưa kết nối máy chủ tỉnh.");
    const path = params.url.slice(`${SCHEME}://`.length - 1);
    return { data: (await fetcher(path, abortController.signal)) ?? new ArrayBuffer(0) };
  });
}

/** The tile URL template for a server path template such as `/ioc/incidents/tiles/{z}/{x}/{y}.mvt`. */
export function authorisedTilesUrl(pathTemplate: string): string {
  return `${SCHEME}:/${pathTemplate}`;
}
