// The Đồng bộ tab's overlay: both versions of a conflicting record (the
// server's in blue, this device's in orange, dashed) or a directive's area.

import type { LayerSpecification } from "maplibre-gl";

export const SYNC_OVERLAY_SOURCE_ID = "sync-overlay";
const COLOR = ["match", ["get", "side"], "server", "#2563eb", "local", "#ea580c", "#7c3aed"] as unknown as string;

export function syncOverlayStyles(): LayerSpecification[] {
  return [
    { id: `${SYNC_OVERLAY_SOURCE_ID}-fill`, type: "fill", source: SYNC_OVERLAY_SOURCE_ID, filter: ["in", ["geometry-type"], ["literal", ["Polygon", "MultiPolygon"]]], paint: { "fill-color": COLOR, "fill-opacity": 0.15 } },
    { id: `${SYNC_OVERLAY_SOURCE_ID}-line`, type: "line", source: SYNC_OVERLAY_SOURCE_ID, paint: { "line-color": COLOR, "line-width": 3, "line-dasharray": [2, 1] } },
    { id: `${SYNC_OVERLAY_SOURCE_ID}-point`, type: "circle", source: SYNC_OVERLAY_SOURCE_ID, filter: ["in", ["geometry-type"], ["literal", ["Point", "MultiPoint"]]], paint: { "circle-color": COLOR, "circle-radius": 8, "circle-stroke-color": "#fff", "circle-stroke-width": 2 } },
  ];
}
