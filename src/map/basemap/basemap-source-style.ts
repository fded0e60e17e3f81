// Turns a chosen basemap source into what the map draws: MapLibre sources and
// layers (ids prefixed "basemap-", so they can be swapped under the commune's
// layers), the TileSourceAccess its tiles go through, and the zoom range the
// offline download may use. Tile sources point at the `tilecache://` protocol,
// so every tile the map loads is cached (see tile-protocol.ts).

import { PMTiles, TileType } from "pmtiles";
import type { LayerSpecification, SourceSpecification } from "maplibre-gl";
import { sourceKeyOf, type BasemapSourceConfig } from "../../store/offline/basemap-source.config";
import type { TileSourceAccess } from "../../store/offline/tile-source-access";
import { createBasemapStyle } from "./basemap-style";
import { BlobSource, pmtilesTileAccess, xyzTileAccess } from "./basemap-source-fetch";
import { NetworkTimeoutError, PMTILES_OPEN_TIMEOUT_MS, TILE_REQUEST_TIMEOUT_MS } from "./network-limits";
import { PmtilesRangeSource } from "./pmtiles-range-source";
import { COMMON_VECTOR_LAYER_NAMES, genericVectorLayers } from "./basemap-source-vector-style";
import { protocolTileTemplate } from "./tile-protocol";

import { BASEMAP_TILE_SOURCE_ID } from "./basemap-style";

export { BASEMAP_TILE_SOURCE_ID };
const XYZ_MAX_ZOOM = { raster: 19, vector: 14 } as const;
const BACKGROUND: LayerSpecification = { id: "basemap-background", type: "background", paint: { "background-color": "#eef0e6" } };

export interface ResolvedBasemap {
  config: BasemapSourceConfig;
  /** Null for the built-in basemap (same-origin GeoJSON, precached by the service worker). */
  access: TileSourceAccess | null;
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  minZoom: number;
  maxZoom: number;
}

function tileLayers(tileType: "raster" | "vector", vectorLayerNames: readonly string[]): LayerSpecification[] {
  if (tileType === "raster") return [BACKGROUND, { id: "basemap-raster", type: "raster", source: BASEMAP_TILE_SOURCE_ID }];
  return [BACKGROUND, ...genericVectorLayers(BASEMAP_TILE_SOURCE_ID, vectorLayerNames)];
}

/** Names the tile server (or file) the basemap comes from, next to the app's fixed attribution. */
function attributionOf(sourceKey: string): string {
  const match = /^(?:pmtiles:)?(https?:\/\/[^/]+)/.exec(sourceKey);
  return match ? `Ô bản đồ nền: ${new URL(match[1]).host}` : "Ô bản đồ nền: tệp PMTiles trong máy";
}

function tileSource(tileType: "raster" | "vector", sourceKey: string, minzoom: number, maxzoom: number, bounds?: [number, number, number, number]): SourceSpecification {
  const common = { tiles: [protocolTileTemplate(sourceKey)], minzoom, maxzoom, attribution: attributionOf(sourceKey), ...(bounds ? { bounds } : {}) };
  return tileType === "raster" ? { type: "raster", tileSize: 256, ...common } : { type: "vector", ...common };
}

async function resolvePmtiles(config: BasemapSourceConfig, archive: PMTiles, local: boolean): Promise<ResolvedBasemap> {
  const sourceKey = sourceKeyOf(config) as string;
  const header = await archive.getHeader();
  const vector = header.tileType === TileType.Mvt;
  if (!vector && header.tileType !== TileType.Png && header.tileType !== TileType.Jpeg && header.tileType !== TileType.Webp) {
    throw new Error("Tệp PMTiles chứa loại ô bản đồ chưa hỗ trợ (chỉ hỗ trợ vector MVT, PNG, JPEG, WebP).");
  }
  const metadata = (await archive.getMetadata().catch(() => ({}))) as { vector_layers?: { id: string }[] };
  const names = metadata.vector_layers?.map((layer) => layer.id) ?? COMMON_VECTOR_LAYER_NAMES;
  const validBounds = header.minLon < header.maxLon && header.minLat < header.maxLat;
  const bounds: [number, number, number, number] | undefined = validBounds ? [header.minLon, header.minLat, header.maxLon, header.maxLat] : undefined;
  const tileType = vector ? "vector" : "raster";
  return {
    config,
    access: pmtilesTileAccess(archive, sourceKey, local),
    sources: { [BASEMAP_TILE_SOURCE_ID]: tileSource(tileType, sourceKey, header.minZoom, header.maxZoom, bounds) },
    layers: tileLayers(tileType, names),
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
  };
}

/** Each request has its own limit; this bounds opening as a whole (header, directory, metadata). */
function withinTime<T>(work: Promise<T>, url: string, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new NetworkTimeoutError(url, timeoutMs)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Loads what a basemap source needs (a PMTiles header) and builds its style parts. */
export interface NetworkTimeouts {
  /** Opening a PMTiles archive by URL, as a whole. */
  openMs: number;
  /** Each single request. */
  requestMs: number;
}

const DEFAULT_TIMEOUTS: NetworkTimeouts = { openMs: PMTILES_OPEN_TIMEOUT_MS, requestMs: TILE_REQUEST_TIMEOUT_MS };

export async function resolveBasemap(
  config: BasemapSourceConfig,
  loadFile: (fileId: string) => Promise<Blob | undefined>,
  timeouts: NetworkTimeouts = DEFAULT_TIMEOUTS,
): Promise<ResolvedBasemap> {
  switch (config.kind) {
    case "built-in": {
      const style = createBasemapStyle();
      return { config, access: null, sources: style.sources, layers: style.layers, minZoom: 0, maxZoom: 0 };
    }
    case "xyz": {
      const maxZoom = XYZ_MAX_ZOOM[config.tileType];
      return {
        config,
        access: xyzTileAccess(config.urlTemplate, config.tileType, timeouts.requestMs),
        sources: { [BASEMAP_TILE_SOURCE_ID]: tileSource(config.tileType, config.urlTemplate, 0, maxZoom) },
        layers: tileLayers(config.tileType, COMMON_VECTOR_LAYER_NAMES),
        minZoom: 0,
        maxZoom,
      };
    }
    case "pmtiles-url":
      return withinTime(resolvePmtiles(config, new PMTiles(new PmtilesRangeSource(config.url, timeouts.requestMs)), false), config.url, timeouts.openMs);
    case "pmtiles-file": {
      const blob = await loadFile(config.fileId);
      if (!blob) throw new Error(`Không còn tệp PMTiles “${config.fileName}” trong bộ nhớ trình duyệt; hãy chọn lại tệp.`);
      return resolvePmtiles(config, new PMTiles(new BlobSource(blob, sourceKeyOf(config) as string)), true);
    }
  }
}
