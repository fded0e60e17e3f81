// Overlays of the border-coordination tab: an orange ring around markers whose
// inspection is overdue, a patrol's GPS track (imported, or the one being
// recorded live), and a green ring around the markers that track passed.
// Source ids are constants shared with the tab.

import type { LayerSpecification } from "maplibre-gl";

export const OVERDUE_MARKER_SOURCE_ID = "border-marker-overdue";
export const PATROL_TRACK_SOURCE_ID = "patrol-track";
export const LIVE_TRACK_SOURCE_ID = "live-patrol-track";

export function overdueMarkerStyles(): LayerSpecification[] {
  return [
    {
      id: `${OVERDUE_MARKER_SOURCE_ID}-ring`,
      type: "circle",
      source: OVERDUE_MARKER_SOURCE_ID,
      paint: { "circle-radius": 14, "circle-color": "rgba(0,0,0,0)", "circle-stroke-color": "#f97316", "circle-stroke-width": 4 },
    },
  ];
}

export function patrolTrackStyles(sourceId = PATROL_TRACK_SOURCE_ID): LayerSpecification[] {
  return [
    {
      id: `${sourceId}-line`,
      type: "line",
      source: sourceId,
      filter: ["!=", ["geometry-type"], "Point"],
      layout: { "line-cap": "round", "line-join": "round" },
      paint: { "line-color": "#0ea5e9", "line-width": 3, "line-dasharray": [2, 1] },
    },
    {
      id: `${sourceId}-ring`,
      type: "circle",
      source: sourceId,
      filter: ["==", ["geometry-type"], "Point"],
      paint: { "circle-radius": 18, "circle-color": "rgba(0,0,0,0)", "circle-stroke-color": "#16a34a", "circle-stroke-width": 3 },
    },
  ];
}
