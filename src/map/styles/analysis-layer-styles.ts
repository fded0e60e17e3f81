// Style layers of the analysis results (sources prefixed `analysis-`): one
// generic set per source — fills, outlines, lines, points and labels — with
// the colour chosen by each feature's `kind`, so every analysis draws its
// results the same way and a legend can be read off ANALYSIS_KIND_COLORS.

import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { LABEL_FONT } from "./offline-fonts";

export const ANALYSIS_KIND_COLORS: Record<string, string> = {
  covered: "#16a34a",
  single: "#f59e0b",
  "uncovered-target": "#dc2626",
  suggestion: "#2563eb",
  belt: "#dc2626",
  "belt-member": "#7f1d1d",
  corridor: "#b45309",
  problem: "#9333ea",
  flag: "#e11d48",
  "nearest-line": "#0f766e",
  measure: "#0369a1",
};

const FILL_OPACITY: Record<string, number> = { covered: 0.28, single: 0.4, belt: 0.22, corridor: 0.35, problem: 0.55, measure: 0.15 };

const kindColor: ExpressionSpecification = [
  "match",
  ["get", "kind"],
  ...Object.entries(ANALYSIS_KIND_COLORS).flat(),
  "#334155",
] as unknown as ExpressionSpecification;

const kindFillOpacity: ExpressionSpecification = ["match", ["get", "kind"], ...Object.entries(FILL_OPACITY).flat(), 0.25] as unknown as ExpressionSpecification;

const isPolygon: ExpressionSpecification = ["match", ["geometry-type"], ["Polygon", "MultiPolygon"], true, false];
const isLine: ExpressionSpecification = ["match", ["geometry-type"], ["LineString", "MultiLineString"], true, false];
const isPoint: ExpressionSpecification = ["match", ["geometry-type"], ["Point", "MultiPoint"], true, false];

export function analysisLayerStyles(sourceId: string): LayerSpecification[] {
  return [
    { id: `${sourceId}-fill`, type: "fill", source: sourceId, filter: isPolygon, paint: { "fill-color": kindColor, "fill-opacity": kindFillOpacity } },
    { id: `${sourceId}-outline`, type: "line", source: sourceId, filter: isPolygon, paint: { "line-color": kindColor, "line-width": 1.5, "line-opacity": 0.9 } },
    {
      id: `${sourceId}-line`,
      type: "line",
      source: sourceId,
      filter: isLine,
      layout: { "line-cap": "round", "line-join": "round" },
      paint: { "line-color": kindColor, "line-width": 2.5, "line-dasharray": [2, 1.5] },
    },
    {
      id: `${sourceId}-circle`,
      type: "circle",
      source: sourceId,
      filter: isPoint,
      paint: { "circle-color": "#ffffff", "circle-radius": 7, "circle-stroke-color": kindColor, "circle-stroke-width": 3 },
    },
    {
      id: `${sourceId}-label`,
      type: "symbol",
      source: sourceId,
      filter: ["all", isPoint, ["has", "label"]] as ExpressionSpecification,
      layout: { "text-field": ["get", "label"], "text-font": [LABEL_FONT], "text-size": 12, "text-offset": [0, 1.2], "text-anchor": "top", "text-max-width": 12 },
      paint: { "text-color": "#111827", "text-halo-color": "#ffffff", "text-halo-width": 1.6 },
    },
  ];
}
