// MapLibre style layers for each map layer: built-in layers get the geometry
// and colour their catalog entry gives; imported layers get one layer per
// geometry type, since a user file may mix points, lines and polygons.
// Opacity is applied by `opacityPaint` so the panel's slider has one meaning.

import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from "maplibre-gl";
import type { LayerDefinition } from "../../domain/layer-catalog";
import { SEVERITIES } from "../../domain/hotspot-categories";
import { LABEL_FONT } from "./offline-fonts";

/** Fill alpha at full layer opacity; large containers stay light so what lies inside them reads. */
const FILL_ALPHA: Record<string, number> = { commune: 0.04, village: 0.08, "defence-zone": 0.1, "defence-land": 0.45 };
const DEFAULT_FILL_ALPHA = 0.3;

export function fillAlpha(sourceId: string): number {
  return FILL_ALPHA[sourceId] ?? DEFAULT_FILL_ALPHA;
}

const SEVERITY_COLORS: Record<string, string> = {
  thap: "#facc15",
  "trung-binh": "#fb923c",
  cao: "#ef4444",
  "khan-cap": "#7f1d1d",
};

export function severityColor(severityId: string): string {
  return SEVERITIES.some((severity) => severity.id === severityId) ? SEVERITY_COLORS[severityId] : "#e11d48";
}

const severityExpression: ExpressionSpecification = [
  "match",
  ["get", "severity"],
  ...SEVERITIES.flatMap((severity) => [severity.id, SEVERITY_COLORS[severity.id]]),
  "#e11d48",
] as unknown as ExpressionSpecification;

const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];

/** Style-layer ids that belong to one map layer, in drawing order. */
export function styleLayerIds(sourceId: string, geometry: LayerDefinition["geometry"] | "mixed"): string[] {
  if (geometry === "polygon") return [`${sourceId}-fill`, `${sourceId}-outline`];
  if (geometry === "line") return [`${sourceId}-line`];
  if (geometry === "point") return [`${sourceId}-circle`];
  return [`${sourceId}-fill`, `${sourceId}-outline`, `${sourceId}-line`, `${sourceId}-circle`];
}

export function labelLayerId(sourceId: string): string {
  return `${sourceId}-label`;
}

function polygonLayers(sourceId: string, color: string, filter?: ExpressionSpecification, dashed = false): LayerSpecification[] {
  return [
    { id: `${sourceId}-fill`, type: "fill", source: sourceId, ...(filter && { filter }), paint: { "fill-color": color, "fill-opacity": fillAlpha(sourceId) } },
    {
      id: `${sourceId}-outline`,
      type: "line",
      source: sourceId,
      ...(filter && { filter }),
      paint: { "line-color": color, "line-width": ["case", selected, 4, 1.6], ...(dashed && { "line-dasharray": [4, 2] }) },
    },
  ];
}

function lineLayer(sourceId: string, color: string, width: number, filter?: ExpressionSpecification): LayerSpecification {
  return {
    id: `${sourceId}-line`,
    type: "line",
    source: sourceId,
    ...(filter && { filter }),
    layout: { "line-cap": "round", "line-join": "round" },
    paint: { "line-color": color, "line-width": ["case", selected, width + 3, width] },
  };
}

function circleLayer(sourceId: string, color: string | ExpressionSpecification, radius: number, filter?: ExpressionSpecification): LayerSpecification {
  return {
    id: `${sourceId}-circle`,
    type: "circle",
    source: sourceId,
    ...(filter && { filter }),
    paint: {
      "circle-color": color,
      "circle-radius": ["case", selected, radius + 4, radius],
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 1.5,
    },
  };
}

const LABEL_PLACEMENT: Record<LayerDefinition["geometry"], SymbolLayerSpecification["layout"]> = {
  point: { "text-offset": [0, 1.1], "text-anchor": "top" },
  polygon: { "text-anchor": "center" },
  line: { "symbol-placement": "line" },
};

function labelLayer(sourceId: string, property: string, minZoom: number, geometry: LayerDefinition["geometry"]): LayerSpecification {
  return {
    id: labelLayerId(sourceId),
    type: "symbol",
    source: sourceId,
    minzoom: minZoom,
    // Lines label along themselves; points and polygons from a point (polygons: see geo/label-points.ts).
    ...(geometry !== "line" && { filter: ["==", ["geometry-type"], "Point"] as ExpressionSpecification }),
    layout: {
      "text-field": ["to-string", ["get", property]],
      "text-font": [LABEL_FONT],
      "text-size": 12,
      "text-max-width": 10,
      ...LABEL_PLACEMENT[geometry],
    },
    paint: { "text-color": "#1f2937", "text-halo-color": "#ffffff", "text-halo-width": 1.4 },
  };
}

export function builtInLayerStyles(definition: LayerDefinition): LayerSpecification[] {
  const { id, color } = definition;
  const layers: LayerSpecification[] = [];
  if (definition.geometry === "polygon") layers.push(...polygonLayers(id, color, undefined, id === "defence-zone"));
  if (definition.geometry === "line") layers.push(lineLayer(id, color, id === "border-line" ? 3.5 : 2.5));
  if (definition.geometry === "point") {
    const color = id === "hotspot" ? severityExpression : definition.color;
    layers.push(circleLayer(id, color, id === "border-marker" || id === "command-post" ? 7 : 6));
  }
  if (definition.labelProperty) {
    layers.push(labelLayer(id, definition.labelProperty, definition.labelMinZoom ?? 10, definition.geometry));
  }
  return layers;
}

const isPolygon: ExpressionSpecification = ["match", ["geometry-type"], ["Polygon", "MultiPolygon"], true, false];
const isLine: ExpressionSpecification = ["match", ["geometry-type"], ["LineString", "MultiLineString"], true, false];
const isPoint: ExpressionSpecification = ["match", ["geometry-type"], ["Point", "MultiPoint"], true, false];

/** Styles of an imported layer; `sourceLayer` names the layer inside vector tiles (large layers). */
export function importedLayerStyles(sourceId: string, color: string, sourceLayer?: string): LayerSpecification[] {
  const styles = [...polygonLayers(sourceId, color, isPolygon), lineLayer(sourceId, color, 2.5, isLine), circleLayer(sourceId, color, 6, isPoint)];
  return sourceLayer ? styles.map((style) => ({ ...style, "source-layer": sourceLayer }) as LayerSpecification) : styles;
}
