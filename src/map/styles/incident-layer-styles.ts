// MapLibre style layers for the police's incidents and hotspots: a clustered
// GeoJSON source (clusters count their warned records and turn red), single
// records coloured by severity (hotspots with a thick dark ring), a red halo
// on records carrying an early warning, and the hex-bin density view.

import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { INCIDENT_SEVERITIES } from "../../domain/incident-categories";
import { severityColor } from "./layer-styles";
import { LABEL_FONT } from "./offline-fonts";

export const INCIDENT_SOURCE = "incident-records";
export const HEXBIN_SOURCE = "incident-hexbins";

const isCluster: ExpressionSpecification = ["has", "point_count"];
const isSingle: ExpressionSpecification = ["!", ["has", "point_count"]];
const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];

const severityFill = [
  "match",
  ["get", "severity"],
  ...INCIDENT_SEVERITIES.flatMap((severity) => [severity.id, severityColor(severity.id)]),
  "#e11d48",
] as unknown as ExpressionSpecification;

export const INCIDENT_POINT_LAYERS = { clusters: "incident-records-clusters", points: "incident-records-points" } as const;

export function incidentLayerStyles(): LayerSpecification[] {
  return [
    {
      id: INCIDENT_POINT_LAYERS.clusters,
      type: "circle",
      source: INCIDENT_SOURCE,
      filter: isCluster,
      paint: {
        "circle-color": ["step", ["get", "point_count"], "#60a5fa", 20, "#2563eb", 200, "#1e3a8a"],
        "circle-radius": ["step", ["get", "point_count"], 14, 20, 18, 200, 24, 2000, 30],
        "circle-opacity": 0.85,
        "circle-stroke-color": ["case", [">", ["get", "warned"], 0], "#dc2626", "#ffffff"],
        "circle-stroke-width": ["case", [">", ["get", "warned"], 0], 3, 1.5],
      },
    },
    {
      id: "incident-records-cluster-count",
      type: "symbol",
      source: INCIDENT_SOURCE,
      filter: isCluster,
      layout: { "text-field": ["get", "point_count_abbreviated"], "text-font": [LABEL_FONT], "text-size": 12, "text-allow-overlap": true },
      paint: { "text-color": "#ffffff" },
    },
    {
      id: "incident-records-warning-halo",
      type: "circle",
      source: INCIDENT_SOURCE,
      filter: ["all", isSingle, ["==", ["get", "warned"], 1]],
      paint: { "circle-color": "#dc2626", "circle-opacity": 0.18, "circle-radius": 16, "circle-stroke-color": "#dc2626", "circle-stroke-width": 2 },
    },
    {
      id: INCIDENT_POINT_LAYERS.points,
      type: "circle",
      source: INCIDENT_SOURCE,
      filter: isSingle,
      paint: {
        "circle-color": severityFill,
        "circle-radius": ["case", selected, 11, ["==", ["get", "kind"], "hotspot"], 8, 7],
        "circle-stroke-color": ["case", ["==", ["get", "kind"], "hotspot"], "#111827", "#ffffff"],
        "circle-stroke-width": ["case", ["==", ["get", "kind"], "hotspot"], 3, 1.5],
      },
    },
    {
      id: "incident-records-warning-mark",
      type: "symbol",
      source: INCIDENT_SOURCE,
      filter: ["all", isSingle, ["==", ["get", "warned"], 1]],
      layout: { "text-field": "!", "text-font": [LABEL_FONT], "text-size": 13, "text-offset": [0, -1.6], "text-allow-overlap": true },
      paint: { "text-color": "#b91c1c", "text-halo-color": "#ffffff", "text-halo-width": 2 },
    },
  ];
}

export function hexBinLayerStyles(): LayerSpecification[] {
  const count: ExpressionSpecification = ["get", "count"];
  return [
    {
      id: "incident-hexbins-fill",
      type: "fill",
      source: HEXBIN_SOURCE,
      paint: {
        "fill-color": ["step", count, "#fde68a", 5, "#fbbf24", 20, "#f97316", 100, "#dc2626", 500, "#7f1d1d"],
        "fill-opacity": 0.6,
      },
    },
    { id: "incident-hexbins-outline", type: "line", source: HEXBIN_SOURCE, paint: { "line-color": "#9a3412", "line-width": 0.8 } },
    {
      id: "incident-hexbins-count",
      type: "symbol",
      source: HEXBIN_SOURCE,
      minzoom: 10,
      layout: { "text-field": ["to-string", count], "text-font": [LABEL_FONT], "text-size": 11 },
      paint: { "text-color": "#1f2937", "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
    },
  ];
}
