// How the area chosen for an offline download is drawn on the map: a dashed
// outline above the commune's layers, so the officer sees what will be saved.

import type { LayerSpecification } from "maplibre-gl";

export const DOWNLOAD_AREA_SOURCE_ID = "offline-download-area";

export function downloadAreaLayers(): LayerSpecification[] {
  return [
    {
      id: `${DOWNLOAD_AREA_SOURCE_ID}-outline`,
      type: "line",
      source: DOWNLOAD_AREA_SOURCE_ID,
      paint: { "line-color": "#7c3aed", "line-width": 2.5, "line-dasharray": [2, 1.5] },
    },
  ];
}
