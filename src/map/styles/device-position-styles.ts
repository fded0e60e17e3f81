// The device's position on the map ("Vị trí của tôi"): a pale disc for the
// accuracy radius under a blue dot with a white rim, as phones' own maps
// draw it. Display only: clicks go through to the features underneath.

import type { LayerSpecification } from "maplibre-gl";

export const DEVICE_POSITION_SOURCE_ID = "device-position";

export function devicePositionStyles(): LayerSpecification[] {
  return [
    {
      id: `${DEVICE_POSITION_SOURCE_ID}-accuracy`,
      type: "fill",
      source: DEVICE_POSITION_SOURCE_ID,
      filter: ["==", ["geometry-type"], "Polygon"],
      paint: { "fill-color": "#2563eb", "fill-opacity": 0.15, "fill-outline-color": "#2563eb" },
    },
    {
      id: `${DEVICE_POSITION_SOURCE_ID}-dot`,
      type: "circle",
      source: DEVICE_POSITION_SOURCE_ID,
      filter: ["==", ["geometry-type"], "Point"],
      paint: { "circle-radius": 7, "circle-color": "#2563eb", "circle-stroke-color": "#ffffff", "circle-stroke-width": 3 },
    },
  ];
}
