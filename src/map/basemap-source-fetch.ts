// Network (or local-file) access to one tile of a basemap source — the
// TileSourceAccess the tile cache, its protocol handler and the offline
// download share: XYZ templates over fetch, PMTiles archives through the
// `pmtiles` package (by URL with HTTP range requests, or over a Blob kept in
// IndexedDB, read slice by slice so a large archive never sits in memory).

import { PMTiles, TileType, type RangeResponse, type Source } from "pmtiles";
import { TileHttpError, type FetchedTile, type TileSourceAccess } from "../store/tile-source-access";

const EMPTY_TILE: FetchedTile = Object.freeze({ data: new ArrayBuffer(0), contentType: "application/octet-stream" });

export function expandTemplate(template: string, z: number, x: number, y: number): string {
  return template.replaceAll("{z}", String(z)).replaceAll("{x}", String(x)).replaceAll("{y}", String(y));
}

export function xyzTileAccess(urlTemplate: string): TileSourceAccess {
  return {
    sourceKey: urlTemplate,
    local: false,
    async fetchTile(z, x, y, signal) {
      const url = expandTemplate(urlTemplate, z, x, y);
      const response = await fetch(url, { signal });
      // No tile there: an empty tile, which MapLibre draws as nothing.
      if (response.status === 204 || response.status === 404) return { ...EMPTY_TILE, data: new ArrayBuffer(0) };
      if (!response.ok) throw new TileHttpError(response.status, url);
      return { data: await response.arrayBuffer(), contentType: response.headers.get("content-type") ?? "application/octet-stream" };
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
      return { data: tile.data, contentType: pmtilesContentType(header.tileType) };
    },
  };
}
