// How the layer panel's single opacity value maps onto each style layer type.

import type { Map as MapLibreMap } from "maplibre-gl";
import { fillAlpha } from "./styles/layer-styles";

export function applyOpacity(map: MapLibreMap, sourceId: string, styleLayerId: string, opacity: number): void {
  const type = map.getLayer(styleLayerId)?.type;
  if (type === "fill") map.setPaintProperty(styleLayerId, "fill-opacity", fillAlpha(sourceId) * opacity);
  else if (type === "line") map.setPaintProperty(styleLayerId, "line-opacity", opacity);
  else if (type === "symbol") map.setPaintProperty(styleLayerId, "text-opacity", opacity);
  else if (type === "circle") {
    map.setPaintProperty(styleLayerId, "circle-opacity", opacity);
    map.setPaintProperty(styleLayerId, "circle-stroke-opacity", opacity);
  }
}

export function applyColor(map: MapLibreMap, styleLayerId: string, color: string): void {
  const type = map.getLayer(styleLayerId)?.type;
  if (type === "fill") map.setPaintProperty(styleLayerId, "fill-color", color);
  else if (type === "line") map.setPaintProperty(styleLayerId, "line-color", color);
  else if (type === "circle") map.setPaintProperty(styleLayerId, "circle-color", color);
}
