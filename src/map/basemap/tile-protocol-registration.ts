// Registers the tile cache protocol with MapLibre, once per page (addProtocol
// is global to maplibre-gl, and the map's workers ask the main thread for
// `tilecache://` URLs, so the handler runs where IndexedDB and the cache live).

import { addProtocol } from "maplibre-gl";
import { TILE_CACHE_PROTOCOL, createTileProtocolHandler, type TileProtocolDependencies } from "./tile-protocol";

let registered = false;

export function registerTileCacheProtocol(dependencies: TileProtocolDependencies): void {
  if (registered) return;
  registered = true;
  addProtocol(TILE_CACHE_PROTOCOL, createTileProtocolHandler(dependencies));
}
