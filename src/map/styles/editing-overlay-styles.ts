// The editor's overlay on the map (source `editing-overlay`, not clickable):
// the selected feature outlined, a shape drawn or repaired but not yet saved
// (dashed orange), and the problem spots of a refused shape (red rings where
// edges cross or vertices lie outside the commune). Features carry `kind`.

import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { EDIT_COLOR } from "./editing-draw-styles";

export const EDITING_OVERLAY_SOURCE = "editing-overlay";

const SELECTED_COLOR = "#0ea5e9";
const PROBLEM_COLOR = "#dc2626";

const kindIs = (kind: string): ExpressionSpecification => ["==", ["get", "kind"], kind];
const isPolygon: ExpressionSpecification = ["match", ["geometry-type"], ["Polygon", "MultiPolygon"], true, false];
const isPoint: ExpressionSpecification = ["match", ["geometry-type"], ["Point", "MultiPoint"], true, false];
const kindColor = ["match", ["get", "kind"], "selected", SELECTED_COLOR, "problem", PROBLEM_COLOR, EDIT_COLOR] as unknown as ExpressionSpecification;

export function editingOverlayStyles(): LayerSpecification[] {
  const source = EDITING_OVERLAY_SOURCE;
  return [
    { id: `${source}-fill`, type: "fill", source, filter: ["all", isPolygon, kindIs("draft")], paint: { "fill-color": EDIT_COLOR, "fill-opacity": 0.2 } },
    {
      id: `${source}-line`,
      type: "line",
      source,
      filter: ["!", isPoint],
      paint: { "line-color": kindColor, "line-width": ["match", ["get", "kind"], "selected", 5, 3] as unknown as ExpressionSpecification, "line-dasharray": [2, 1.5] },
    },
    {
      id: `${source}-point`,
      type: "circle",
      source,
      filter: isPoint,
      paint: {
        "circle-radius": ["match", ["get", "kind"], "problem", 9, 11] as unknown as ExpressionSpecification,
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-color": kindColor,
        "circle-stroke-width": 3,
      },
    },
  ];
}
