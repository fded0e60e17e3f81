// Network (or local-file) access to one tile of a basemap source — the
// TileSourceAccess the tile cache, its protocol handler and the offline
// download share: XYZ templates over fetch, PMTiles archives through the
// `pmtiles` package (by URL with HTTP range requests, or over a Blob kept in
// IndexedDB, read slice by slice so a large archive never sits in memory).
// Every network request has a time limit and a size cap (network-limits.ts);
// an answer that is not a tile (an HTML login page, a 500) is an error with a
// Vietnamese message, never a blank tile.

import { PMTiles, TileType, type RangeResponse, type Source } from "pmtiles";
import { TileHttpError, type FetchedTile, type TileSourceAccess } from "../../store/offline/tile-source-access";
import { MAX_TILE_BYTES, TILE_REQUEST_TIMEOUT_MS, TileContentError, TileTooLargeError } from "./network-limits";
import { timedFetch } from "./timed-fetch";

const EMPTY_TILE: FetchedTile = Object.freeze({ data: new ArrayBuffer(0), contentType: "application/octet-stream" });

export function expandTemplate(template: string, z: number, x: number, y: number): string {
  return template.replaceAll("{z}", String(z)).replaceAll("{x}", String(x)).replaceAll("{y}", String(y));
}

/** Content types that are never a tile: a login page, an error document. */
const NOT_A_TILE = /^(text\/|application\/(json|xml|xhtml))|html/i;

function checkTileContent(url: string, contentType: string, data: ArrayBuffer, tileType: "raster" | "vector"): void {
  if (NOT_A_TILE.test(contentType)) throw new TileContentError(url, contentType);
  if (tileType === "raster" && contentType !== "" && !/^image\/|^application\/octet-stream/i.test(contentType)) throw new TileContentError(url, contentType);
  // A page sent as "image/png" or octet-stream still starts with "<".
  const first = new Uint8Array(data, 0, Math.min(1, data.byteLength))[0];
  if (tileType === "raster" && first === 0x3c) throw new TileContentError(url, contentType || "text/html");
}

export function xyzTileAccess(urlTemplate: string, tileType: "raster" | "vector" = "raster", timeoutMs = TILE_REQUEST_TIMEOUT_MS): TileSourceAccess {
  return {
    sourceKey: urlTemplate,
    local: false,
    async fetchTile(z, x, y, signal) {
      const url = expandTemplate(urlTemplate, z, x, y);
      const { response, read } = await timedFetch(url, { signal, timeoutMs });
      // No tile there: an empty tile, which MapLibre draws as nothing.
      if (response.status === 204 || response.status === 404) {
        await response.body?.cancel().catch(() => undefined);
        return { ...EMPTY_TILE, data: new ArrayBuffer(0) };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new TileHttpError(response.status, url);
      }
      const contentType = response.headers.get("content-type") ?? "";
      if (NOT_A_TILE.test(contentType)) {
        await response.body?.cancel().catch(() => undefined);
        throw new TileContentError(url, contentType);
      }
      const data = await read(MAX_TILE_BYTES);
      checkTileContent(url, contentType, data, tileType);
      return { data, contentType: contentType || "application/octet-stream" };
    },
  };
}

/** A pmtiles Source over a Blob (a PMTiles file kept in IndexedDB). */
export class BlobSource implements Source {
  constructor(
    private readonly blob: Blob,
    private readonly key: string,
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: await this.blob.slice(offset, offset + length).arrayBuffer() };
  }
}

export function pmtilesContentType(tileType: TileType): string {
  switch (tileType) {
    case TileType.Mvt:
      return "application/vnd.mapbox-vector-tile";
    case TileType.Png:
      return "image/png";
    case TileType.Jpeg:
      return "image/jpeg";
    case TileType.Webp:
      return "image/webp";
    case TileType.Avif:
      return "image/avif";
    default:
      return "application/octet-stream";
  }
}

export function pmtilesTileAccess(archive: PMTiles, sourceKey: string, local: boolean): TileSourceAccess {
  return {
    sourceKey,
    local,
    async fetchTile(z, x, y, signal) {
      const header = await archive.getHeader();
      const tile = await archive.getZxy(z, x, y, signal);
      if (!tile) return { ...EMPTY_TILE, data: new ArrayBuffer(0) };
      // Ranges are capped by the source; a decompressed tile is capped here.
      if (tile.data.byteLength > MAX_TILE_BYTES) throw new TileTooLargeError(sourceKey, MAX_TILE_BYTES);
      return { data: tile.data, contentType: pmtilesContentType(header.tileType) };
    },
  };
}
