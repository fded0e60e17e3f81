// The offline basemap: sea background, land, countries (Vietnam highlighted)
// and country borders, all from GeoJSON shipped in public/basemap/ (generated
// by scripts/build-sample-data.mjs from world-atlas / Natural Earth). The map
// is never blank without internet.

import type { LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";
import { LABEL_FONT_BOLD, labelFontFaces } from "../styles/offline-fonts";

/** The source of a chosen tile basemap; here, not beside the PMTiles code, so the first chunk need not carry PMTiles. */
export const BASEMAP_TILE_SOURCE_ID = "basemap-tiles";

const VIETNAM = "Việt Nam";
/**
 * Natural Earth's Vietnam–Laos line lies 2–4 km from the OSM-derived border
 * line near Vũ Quang, so from commune zoom on the basemap stops telling the
 * countries apart and the commune's own border-line layer speaks alone.
 */
const COUNTRY_DETAIL_MAX_ZOOM = 9;

function basemapUrl(file: string): string {
  return new URL(`${import.meta.env.BASE_URL}basemap/${file}`, window.location.href).href;
}

const sources: Record<string, SourceSpecification> = {
  "basemap-land": { type: "geojson", data: basemapUrl("land.geojson") },
  "basemap-countries": { type: "geojson", data: basemapUrl("countries.geojson") },
  "basemap-borders": { type: "geojson", data: basemapUrl("country-borders.geojson") },
};

const layers: LayerSpecification[] = [
  { id: "basemap-sea", type: "background", paint: { "background-color": "#cfe3f0" } },
  { id: "basemap-land", type: "fill", source: "basemap-land", paint: { "fill-color": "#eef0e6" } },
  {
    id: "basemap-countries",
    type: "fill",
    source: "basemap-countries",
    paint: {
      "fill-color": ["step", ["zoom"], ["case", ["==", ["get", "country"], VIETNAM], "#fbf7ea", "#e9ebe3"], COUNTRY_DETAIL_MAX_ZOOM, "#f4f2e8"],
    },
  },
  {
    id: "basemap-borders",
    type: "line",
    source: "basemap-borders",
    maxzoom: COUNTRY_DETAIL_MAX_ZOOM,
    paint: { "line-color": "#8a8f98", "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.6, 10, 1.6], "line-dasharray": [3, 2] },
  },
  {
    id: "basemap-country-labels",
    type: "symbol",
    source: "basemap-countries",
    maxzoom: 9,
    layout: { "text-field": ["get", "name"], "text-font": [LABEL_FONT_BOLD], "text-size": 13, "text-max-width": 8 },
    paint: { "text-color": "#5b6270", "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
  },
];

export function createBasemapStyle(): StyleSpecification {
  return {
    version: 8,
    name: "Bản đồ nền ngoại tuyến",
    "font-faces": labelFontFaces(),
    sources,
    layers,
  };
}


