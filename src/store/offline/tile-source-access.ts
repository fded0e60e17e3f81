// What the tile cache needs from a tile source (an XYZ server, a PMTiles
// archive): a stable key, and a way to fetch one tile from the network. The
// map adapters implement it (src/map/basemap-source-fetch.ts); the cache, the
// protocol handler and the offline download only use this interface.

export interface FetchedTile {
  /** Empty when the source has no tile there (HTTP 204/404, outside the archive). */
  data: ArrayBuffer;
  contentType: string;
}

export interface TileSourceAccess {
  /** Stable key of the source, the prefix of its tiles' cache keys. */
  readonly sourceKey: string;
  /** True when the tiles are already in the browser (a picked PMTiles file): no cache copy. */
  readonly local: boolean;
  /**
   * Fetches one tile. Rejects with a TileHttpError on an HTTP error status,
   * a TypeError when the network is down, an AbortError when `signal` aborts.
   */
  fetchTile(z: number, x: number, y: number, signal: AbortSignal): Promise<FetchedTile>;
}

/** An HTTP error status from a tile server (5xx and 429 are worth retrying). */
export class TileHttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`Máy chủ bản đồ trả lỗi HTTP ${status} cho ${url}`);
    this.name = "TileHttpError";
  }

  get retryable(): boolean {
    return this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

export function isAbortError(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === "AbortError";
}
