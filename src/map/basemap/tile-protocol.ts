// The MapLibre `addProtocol` handler that puts every basemap tile through the
// IndexedDB tile cache: cache first, network on a miss (the copy is queued
// for storage and the map gets its tile at once), and an error when neither
// has it. Tile URLs look like `tilecache://<encoded source key>/{z}/{x}/{y}`;
// the source key names a registered TileSourceAccess. Tiles of a local source
// (a picked PMTiles file) are served straight from it, never copied.
//
// Signature checked against maplibre-gl 6's d.ts:
//   addProtocol(customProtocol: string, loadFn: (params: RequestParameters,
//     abortController: AbortController) => Promise<GetResourceResponse<…>>)

import type { AddProtocolAction, GetResourceResponse, RequestParameters } from "maplibre-gl";
import type { CachedTile } from "../../store/offline/tile-cache.store";
import { tileKey, type TileToStore } from "../../store/offline/tile-cache.records";
import type { FetchedTile, TileSourceAccess } from "../../store/offline/tile-source-access";
import { tileErrorMessage } from "./tile-error-message";

export const TILE_CACHE_PROTOCOL = "tilecache";
const PREFIX = `${TILE_CACHE_PROTOCOL}://`;

export interface TileProtocolDependencies {
  cache: { read(key: string): Promise<CachedTile | undefined> };
  queue: { enqueue(tile: TileToStore): void };
  source(sourceKey: string): TileSourceAccess | undefined;
  /** Told of every outcome, for the "this session" counters in the offline tab. */
  onOutcome?(outcome: "hit" | "network" | "local" | "failed"): void;
  /** Told why a tile failed (not when MapLibre cancelled it), in Vietnamese (tile-error-message.ts). */
  onFailure?(message: string): void;
}

/** The URL template a MapLibre source uses for a registered tile source. */
export function protocolTileTemplate(sourceKey: string): string {
  return `${PREFIX}${encodeURIComponent(sourceKey)}/{z}/{x}/{y}`;
}

export function parseProtocolUrl(url: string): { sourceKey: string; z: number; x: number; y: number } {
  const match = /^tilecache:\/\/([^/]+)\/(\d+)\/(\d+)\/(\d+)$/.exec(url);
  if (!match) throw new Error(`Địa chỉ ô bản đồ không hợp lệ: ${url}`);
  return { sourceKey: decodeURIComponent(match[1]), z: Number(match[2]), x: Number(match[3]), y: Number(match[4]) };
}

function asResponse(tile: CachedTile | FetchedTile, type: RequestParameters["type"]): GetResourceResponse<ArrayBuffer | string | object> {
  if (type === "json" || type === "string") {
    const text = new TextDecoder().decode(tile.data);
    return { data: type === "json" ? (JSON.parse(text) as object) : text };
  }
  return { data: tile.data };
}

export function createTileProtocolHandler(dependencies: TileProtocolDependencies): AddProtocolAction {
  const report = (outcome: "hit" | "network" | "local" | "failed") => dependencies.onOutcome?.(outcome);
  return async (params, abortController) => {
    const { sourceKey, z, x, y } = parseProtocolUrl(params.url);
    const source = dependencies.source(sourceKey);
    if (!source) throw new Error(`Nguồn bản đồ chưa được đăng ký: ${sourceKey}`);
    const signal = abortController.signal;
    if (source.local) {
      const tile = await source.fetchTile(z, x, y, signal);
      report("local");
      return asResponse(tile, params.type);
    }
    const key = tileKey(sourceKey, z, x, y);
    const cached = await dependencies.cache.read(key);
    signal.throwIfAborted();
    if (cached) {
      report("hit");
      return asResponse(cached, params.type);
    }
    let fetched: FetchedTile;
    try {
      fetched = await source.fetchTile(z, x, y, signal);
    } catch (error) {
      if (!signal.aborted) {
        report("failed");
        dependencies.onFailure?.(tileErrorMessage(error));
      }
      throw error;
    }
    // MapLibre may transfer the buffer it gets to a worker: the cache keeps its own copy.
    dependencies.queue.enqueue({ key, sourceKey, data: fetched.data.slice(0), contentType: fetched.contentType });
    report("network");
    return asResponse(fetched, params.type);
  };
}
