// Official commune outlines outside the workspace's own layers: the commune a
// user is about to choose (bold, filled lightly) and the neighbouring communes
// drawn faintly around the workspace, with their names.

import type { LayerSpecification } from "maplibre-gl";
import { LABEL_FONT } from "./offline-fonts";

export const COMMUNE_PREVIEW_SOURCE_ID = "admin-commune-preview";
export const NEIGHBOUR_COMMUNES_SOURCE_ID = "admin-neighbour-communes";

export function communePreviewStyles(): LayerSpecification[] {
  const source = COMMUNE_PREVIEW_SOURCE_ID;
  return [
    { id: `${source}-fill`, type: "fill", source, paint: { "fill-color": "#2563eb", "fill-opacity": 0.12 } },
    { id: `${source}-outline`, type: "line", source, paint: { "line-color": "#1d4ed8", "line-width": 3 } },
  ];
}

export function neighbourCommuneStyles(): LayerSpecification[] {
  const source = NEIGHBOUR_COMMUNES_SOURCE_ID;
  return [
    { id: `${source}-outline`, type: "line", source, paint: { "line-color": "#64748b", "line-width": 1, "line-opacity": 0.6, "line-dasharray": [3, 2] } },
    {
      id: `${source}-label`,
      type: "symbol",
      source,
      minzoom: 9,
      layout: { "text-field": ["get", "name"], "text-font": [LABEL_FONT], "text-size": 11 },
      paint: { "text-color": "#64748b", "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
    },
  ];
}
