// Swaps the basemap in a live map: removes the "basemap-" layers and sources,
// adds the new ones under the commune's own layers, and keeps the style's
// font-faces. Also quietens tile errors of the basemap: offline, a tile
// neither cached nor reachable is expected (the map shows what it has), so
// those are counted by the protocol handler instead of filling the console;
// every other map error is still logged as MapLibre would.

import type { ErrorEvent as MapLibreErrorEvent, LayerSpecification, Map as MapLibreMap, SourceSpecification } from "maplibre-gl";
import { BASEMAP_TILE_SOURCE_ID, createBasemapStyle } from "./basemap-style";

export interface BasemapParts {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

const BASEMAP_PREFIX = "basemap-";
const filteredMaps = new WeakSet<MapLibreMap>();

function knownBasemapSourceIds(): string[] {
  return [...Object.keys(createBasemapStyle().sources), BASEMAP_TILE_SOURCE_ID];
}

function quietenBasemapTileErrors(map: MapLibreMap): void {
  if (filteredMaps.has(map)) return;
  filteredMaps.add(map);
  map.on("error", (event: MapLibreErrorEvent & { sourceId?: string }) => {
    if (event.sourceId === BASEMAP_TILE_SOURCE_ID) return;
    console.error(event.error);
  });
}

export function replaceBasemap(map: MapLibreMap, parts: BasemapParts): void {
  quietenBasemapTileErrors(map);
  const order = map.getLayersOrder();
  for (const id of order) if (id.startsWith(BASEMAP_PREFIX)) map.removeLayer(id);
  for (const id of knownBasemapSourceIds()) if (map.getSource(id)) map.removeSource(id);
  const beforeId = map.getLayersOrder()[0];
  for (const [id, source] of Object.entries(parts.sources)) map.addSource(id, source);
  for (const layer of parts.layers) map.addLayer(layer, beforeId);
}
