// Makes a layer ready for GDAL's writers: positions converted to the export
// CRS, properties flattened to what a .dbf or a GeoPackage column can hold
// (objects and arrays as JSON text), and — for Shapefile, which holds one
// geometry type per file — features split into points, lines and polygons.

import type { Feature, FeatureCollection, Geometry, Position } from "geojson";

export type GeometryFamily = "points" | "lines" | "polygons";

export const FAMILY_SUFFIX: Record<GeometryFamily, string> = { points: "diem", lines: "duong", polygons: "vung" };

function familyOf(geometry: Geometry | null): GeometryFamily | null {
  switch (geometry?.type) {
    case "Point":
    case "MultiPoint":
      return "points";
    case "LineString":
    case "MultiLineString":
      return "lines";
    case "Polygon":
    case "MultiPolygon":
      return "polygons";
    default:
      return null;
  }
}

function mapPositions(geometry: Geometry, convert: (position: Position) => Position): Geometry {
  switch (geometry.type) {
    case "Point":
      return { type: "Point", coordinates: convert(geometry.coordinates) };
    case "MultiPoint":
    case "LineString":
      return { type: geometry.type, coordinates: geometry.coordinates.map(convert) } as Geometry;
    case "MultiLineString":
    case "Polygon":
      return { type: geometry.type, coordinates: geometry.coordinates.map((line) => line.map(convert)) } as Geometry;
    case "MultiPolygon":
      return { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(convert))) };
    case "GeometryCollection":
      return { type: "GeometryCollection", geometries: geometry.geometries.map((part) => mapPositions(part, convert)) };
  }
}

function flatProperties(properties: Feature["properties"]): Record<string, string | number | boolean | null> {
  const flat: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    flat[key] = value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : JSON.stringify(value);
  }
  return flat;
}

/** The collection in the export CRS, grouped by geometry family (GeometryCollections are left out). */
export function prepareForExport(collection: FeatureCollection, convert: (position: Position) => Position): Map<GeometryFamily, FeatureCollection> {
  const groups = new Map<GeometryFamily, FeatureCollection>();
  for (const feature of collection.features) {
    const family = familyOf(feature.geometry);
    if (!family) continue;
    let group = groups.get(family);
    if (!group) {
      group = { type: "FeatureCollection", features: [] };
      groups.set(family, group);
    }
    group.features.push({ type: "Feature", properties: flatProperties(feature.properties), geometry: mapPositions(feature.geometry, convert) });
  }
  return groups;
}
