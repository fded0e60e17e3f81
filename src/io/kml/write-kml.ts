// GeoJSON → KML 2.2 with styles: each feature gets a Style (icon colour, line
// colour/width, polygon fill) from its simplestyle properties or the layer
// colour, its name and description, and every other property as ExtendedData.
// KML colours are aabbggrr; GeoJSON/simplestyle colours #rrggbb.

import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { escapeXml } from "./parse-xml";

export interface KmlLayer {
  name: string;
  color: string;
  collection: FeatureCollection;
}

const STYLE_KEYS = new Set(["stroke", "stroke-width", "stroke-opacity", "fill", "fill-opacity", "marker-color", "styleUrl", "styleHash", "styleMapHash"]);

export function kmlColor(hex: string, opacity = 1): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  const rgb = match ? match[1].toLowerCase() : "1d4ed8";
  const alpha = Math.round(Math.max(0, Math.min(1, opacity)) * 255).toString(16).padStart(2, "0");
  return `${alpha}${rgb.slice(4, 6)}${rgb.slice(2, 4)}${rgb.slice(0, 2)}`;
}

function coordinates(positions: Position[]): string {
  return positions.map((position) => position.slice(0, 3).join(",")).join(" ");
}

function geometryXml(geometry: Geometry): string {
  switch (geometry.type) {
    case "Point":
      return `<Point><coordinates>${coordinates([geometry.coordinates])}</coordinates></Point>`;
    case "LineString":
      return `<LineString><tessellate>1</tessellate><coordinates>${coordinates(geometry.coordinates)}</coordinates></LineString>`;
    case "Polygon":
      return `<Polygon>${geometry.coordinates
        .map((ring, index) => `<${index === 0 ? "outerBoundaryIs" : "innerBoundaryIs"}><LinearRing><coordinates>${coordinates(ring)}</coordinates></LinearRing></${index === 0 ? "outerBoundaryIs" : "innerBoundaryIs"}>`)
        .join("")}</Polygon>`;
    case "MultiPoint":
      return `<MultiGeometry>${geometry.coordinates.map((point) => geometryXml({ type: "Point", coordinates: point })).join("")}</MultiGeometry>`;
    case "MultiLineString":
      return `<MultiGeometry>${geometry.coordinates.map((line) => geometryXml({ type: "LineString", coordinates: line })).join("")}</MultiGeometry>`;
    case "MultiPolygon":
      return `<MultiGeometry>${geometry.coordinates.map((polygon) => geometryXml({ type: "Polygon", coordinates: polygon })).join("")}</MultiGeometry>`;
    case "GeometryCollection":
      return `<MultiGeometry>${geometry.geometries.map(geometryXml).join("")}</MultiGeometry>`;
  }
}

function text(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function styleXml(feature: Feature, layerColor: string): string {
  const properties = feature.properties ?? {};
  const stroke = typeof properties.stroke === "string" ? properties.stroke : layerColor;
  const fill = typeof properties.fill === "string" ? properties.fill : layerColor;
  const marker = typeof properties["marker-color"] === "string" ? properties["marker-color"] : layerColor;
  const width = typeof properties["stroke-width"] === "number" ? properties["stroke-width"] : 2;
  const fillOpacity = typeof properties["fill-opacity"] === "number" ? properties["fill-opacity"] : 0.35;
  const strokeOpacity = typeof properties["stroke-opacity"] === "number" ? properties["stroke-opacity"] : 1;
  return `<Style><IconStyle><color>${kmlColor(marker)}</color></IconStyle><LineStyle><color>${kmlColor(stroke, strokeOpacity)}</color><width>${width}</width></LineStyle><PolyStyle><color>${kmlColor(fill, fillOpacity)}</color></PolyStyle></Style>`;
}

function placemarkXml(feature: Feature, layerColor: string): string {
  if (!feature.geometry) return "";
  const properties = feature.properties ?? {};
  const name = properties.name ?? properties.label ?? (feature.id !== undefined ? String(feature.id) : "");
  const extended = Object.entries(properties)
    .filter(([key, value]) => !STYLE_KEYS.has(key) && key !== "name" && key !== "description" && value !== null && value !== undefined)
    .map(([key, value]) => `<Data name="${escapeXml(key)}"><value>${escapeXml(text(value))}</value></Data>`)
    .join("");
  const description = typeof properties.description === "string" ? `<description>${escapeXml(properties.description)}</description>` : "";
  const id = feature.id !== undefined ? ` id="${escapeXml(String(feature.id))}"` : "";
  return `<Placemark${id}><name>${escapeXml(String(name))}</name>${description}${styleXml(feature, layerColor)}${extended ? `<ExtendedData>${extended}</ExtendedData>` : ""}${geometryXml(feature.geometry)}</Placemark>`;
}

export function writeKml(documentName: string, layers: readonly KmlLayer[]): string {
  const folders = layers
    .map((layer) => `<Folder><name>${escapeXml(layer.name)}</name>${layer.collection.features.map((feature) => placemarkXml(feature, layer.color)).join("\n")}</Folder>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document><name>${escapeXml(documentName)}</name>\n${folders}\n</Document>\n</kml>\n`;
}
