// A plain style for vector tiles whose schema we do not know in advance (a
// province's tile server, a PMTiles archive): every source layer is drawn as
// fills, lines and — for place layers — labels, coloured by what its name
// suggests (water, green areas, roads, buildings, boundaries). Layer names
// come from the archive's metadata, or for a bare XYZ template from the
// common schemas (OpenMapTiles, Protomaps, Shortbread); layers absent from
// the tiles simply draw nothing.

import type { LayerSpecification } from "maplibre-gl";
import { LABEL_FONT } from "../styles/offline-fonts";

export const COMMON_VECTOR_LAYER_NAMES = [
  "earth", "land", "landcover", "landuse", "park", "natural", "water", "water_polygons", "ocean", "waterway",
  "water_lines", "building", "buildings", "transportation", "roads", "streets", "boundary", "boundaries",
  "place", "places", "place_labels",
];

interface Look {
  rank: number;
  fill?: string;
  line: string;
  lineWidth: number;
  dashed?: boolean;
  label?: boolean;
}

function lookOf(name: string): Look {
  const n = name.toLowerCase();
  if (/earth|^land$/.test(n)) return { rank: 0, fill: "#f2efe6", line: "#d6d1c4", lineWidth: 0.5 };
  if (/landcover|landuse|park|natural|forest|wood|green/.test(n)) return { rank: 1, fill: "#dcebd0", line: "#b7d3a4", lineWidth: 0.5 };
  if (/water|ocean|river|lake/.test(n)) return { rank: 2, fill: "#b9d7ea", line: "#7fb2d6", lineWidth: 1.2 };
  if (/building/.test(n)) return { rank: 3, fill: "#ddd8d0", line: "#c4bdb2", lineWidth: 0.5 };
  if (/transport|road|street|highway/.test(n)) return { rank: 4, line: "#f5b56b", lineWidth: 1.6 };
  if (/boundar|admin|border/.test(n)) return { rank: 5, line: "#9b7bb8", lineWidth: 1.2, dashed: true };
  if (/place|label|poi/.test(n)) return { rank: 6, line: "#9ca3af", lineWidth: 0.6, label: true };
  return { rank: 1, fill: "#e7e5dc", line: "#a8a29e", lineWidth: 0.8 };
}

/** Style layers for `sourceId`'s vector layers, bottom to top. */
export function genericVectorLayers(sourceId: string, layerNames: readonly string[]): LayerSpecification[] {
  const ordered = [...new Set(layerNames)].map((name) => ({ name, look: lookOf(name) })).sort((a, b) => a.look.rank - b.look.rank);
  const fills: LayerSpecification[] = [];
  const lines: LayerSpecification[] = [];
  const labels: LayerSpecification[] = [];
  for (const { name, look } of ordered) {
    const base = { source: sourceId, "source-layer": name };
    if (look.fill) {
      fills.push({ id: `${sourceId}-${name}-fill`, type: "fill", ...base, filter: ["==", ["geometry-type"], "Polygon"], paint: { "fill-color": look.fill } });
    }
    lines.push({
      id: `${sourceId}-${name}-line`,
      type: "line",
      ...base,
      filter: ["==", ["geometry-type"], "LineString"],
      paint: { "line-color": look.line, "line-width": look.lineWidth, ...(look.dashed ? { "line-dasharray": [3, 2] } : {}) },
    });
    if (look.label) {
      labels.push({
        id: `${sourceId}-${name}-label`,
        type: "symbol",
        ...base,
        filter: ["==", ["geometry-type"], "Point"],
        layout: { "text-field": ["coalesce", ["get", "name:vi"], ["get", "name"]], "text-font": [LABEL_FONT], "text-size": 12 },
        paint: { "text-color": "#374151", "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
      });
    }
  }
  return [...fills, ...lines, ...labels];
}
