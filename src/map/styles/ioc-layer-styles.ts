// Styles of the province operations centre (IOC): the communes as a
// choropleth (fill colour given by the panel's classes, the selected commune
// outlined), their names, and the open incidents from the server's vector
// tiles (layer `incidents`): below zoom 13 one point per commune sized by
// `count`, coloured by its highest severity; from 13 each incident.

import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { INCIDENT_SEVERITIES } from "../../domain/incident-categories";
import { severityColor } from "./layer-styles";
import { LABEL_FONT } from "./offline-fonts";

export const IOC_COMMUNE_SOURCE = "ioc-communes";
export const IOC_INCIDENT_SOURCE = "ioc-incidents";
export const IOC_COMMUNE_FILL = "ioc-communes-fill";

const severityFill: ExpressionSpecification = [
  "match",
  ["get", "severity"],
  ...INCIDENT_SEVERITIES.flatMap((severity) => [severity.id, severityColor(severity.id)]),
  "#64748b",
] as unknown as ExpressionSpecification;

export function iocCommuneStyles(fillColor: ExpressionSpecification): LayerSpecification[] {
  return [
    { id: IOC_COMMUNE_FILL, type: "fill", source: IOC_COMMUNE_SOURCE, paint: { "fill-color": fillColor, "fill-opacity": 0.72 } },
    {
      id: "ioc-communes-outline",
      type: "line",
      source: IOC_COMMUNE_SOURCE,
      paint: {
        "line-color": ["case", ["boolean", ["feature-state", "selected"], false], "#1d4ed8", "#475569"],
        "line-width": ["case", ["boolean", ["feature-state", "selected"], false], 3.5, 0.8],
      },
    },
    {
      id: "ioc-communes-label",
      type: "symbol",
      source: IOC_COMMUNE_SOURCE,
      minzoom: 8,
      // Closer in, a polygon spans several tiles and would be labelled once per tile.
      maxzoom: 11.5,
      // Under the commune's incident point (one per commune below zoom 13), not on it.
      layout: { "text-field": ["get", "name"], "text-font": [LABEL_FONT], "text-size": 12, "text-offset": [0, 1.4] },
      paint: { "text-color": "#0f172a", "text-halo-color": "#ffffff", "text-halo-width": 1.4 },
    },
  ];
}

export function iocIncidentStyles(): LayerSpecification[] {
  return [
    {
      id: "ioc-incidents-points",
      type: "circle",
      source: IOC_INCIDENT_SOURCE,
      "source-layer": "incidents",
      paint: {
        "circle-color": severityFill,
        "circle-radius": ["interpolate", ["linear"], ["coalesce", ["get", "count"], 1], 1, 4, 100, 9, 10000, 18],
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 1.2,
      },
    },
  ];
}

export const IOC_DIRECTIVE_AREA_SOURCE = "ioc-directive-area";

/** The area of the directive being written (dashed, over the choropleth). */
export function iocDirectiveAreaStyles(): LayerSpecification[] {
  return [
    { id: "ioc-directive-area-fill", type: "fill", source: IOC_DIRECTIVE_AREA_SOURCE, paint: { "fill-color": "#2563eb", "fill-opacity": 0.15 } },
    { id: "ioc-directive-area-line", type: "line", source: IOC_DIRECTIVE_AREA_SOURCE, paint: { "line-color": "#1d4ed8", "line-width": 2.5, "line-dasharray": [2, 1] } },
  ];
}
