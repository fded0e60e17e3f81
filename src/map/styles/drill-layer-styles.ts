// How the drill situation is drawn: evacuation areas as fills, routes as thick
// lines, points (assembly, command post, targets, blocking points) as circles
// in their kind's colour, all labelled. Elements of earlier phases are shown
// faded and dashed; those of the phase on screen in full colour.

import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { LABEL_FONT } from "./offline-fonts";

export const DRILL_SOURCE_ID = "drill-situation";

const isCurrent: ExpressionSpecification = ["==", ["get", "state"], "current"];
const color: ExpressionSpecification = ["to-color", ["get", "color"]];

export function drillLayerStyles(): LayerSpecification[] {
  const source = DRILL_SOURCE_ID;
  return [
    {
      id: `${source}-fill`,
      type: "fill",
      source,
      filter: ["==", ["geometry-type"], "Polygon"],
      paint: { "fill-color": color, "fill-opacity": ["case", isCurrent, 0.35, 0.12] },
    },
    {
      id: `${source}-outline`,
      type: "line",
      source,
      filter: ["==", ["geometry-type"], "Polygon"],
      paint: { "line-color": color, "line-width": 2, "line-opacity": ["case", isCurrent, 1, 0.5] },
    },
    {
      id: `${source}-line`,
      type: "line",
      source,
      filter: ["==", ["geometry-type"], "LineString"],
      layout: { "line-cap": "round", "line-join": "round" },
      paint: { "line-color": color, "line-width": ["case", isCurrent, 5, 3], "line-opacity": ["case", isCurrent, 1, 0.45] },
    },
    {
      id: `${source}-circle`,
      type: "circle",
      source,
      filter: ["==", ["geometry-type"], "Point"],
      paint: {
        "circle-color": color,
        "circle-radius": ["case", isCurrent, 9, 6],
        "circle-opacity": ["case", isCurrent, 1, 0.5],
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 2,
      },
    },
    {
      id: `${source}-label`,
      type: "symbol",
      source,
      layout: {
        "text-field": ["get", "name"],
        "text-font": [LABEL_FONT],
        "text-size": 12,
        "text-offset": [0, 1.2],
        "text-anchor": "top",
        "symbol-placement": "point",
        "text-max-width": 12,
      },
      paint: { "text-color": "#111827", "text-halo-color": "#ffffff", "text-halo-width": 1.6, "text-opacity": ["case", isCurrent, 1, 0.6] },
    },
  ];
}
