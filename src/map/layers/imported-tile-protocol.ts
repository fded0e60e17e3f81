// `importedtiles://<layerId>/<z>/<x>/<y>`: the vector tiles of a large
// imported layer, read from IndexedDB one tile at a time. MapLibre's workers
// hand unknown schemes to the main thread, so the handler runs here; it only
// relays: `readTile` opens the sealed tile in the layer tile worker and hands
// back its bytes. A tile the pyramid does not hold (no features there)
// answers as an empty tile. Registered once per page.

import { addProtocol } from "maplibre-gl";

const SCHEME = "importedtiles";

export type ImportedTileReader = (layerId: string, z: number, x: number, y: number) => Promise<ArrayBuffer | null>;

let registered = false;

export function registerImportedTileProtocol(readTile: ImportedTileReader): void {
  if (registered) return;
  registered = true;
  addProtocol(SCHEME, async (params) => {
    const match = /^importedtiles:\/\/([^/]+)\/(\d+)\/(\d+)\/(\d+)$/.exec(params.url);
    if (!match) throw new Error(`Địa chỉ ô bản đồ không hợp lệ: ${params.url}`);
    const [, layerId, z, x, y] = match;
    return { data: (await readTile(layerId, Number(z), Number(x), Number(y))) ?? new ArrayBuffer(0) };
  });
}

/** The tile URL template of a layer's vector tiles. */
export function importedTilesUrl(layerId: string): string {
  return `${SCHEME}://${layerId}/{z}/{x}/{y}`;
}
