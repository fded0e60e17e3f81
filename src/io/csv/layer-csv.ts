// CSV with coordinates for spreadsheets: one row per feature with the layer,
// name, latitude/longitude (WGS84, of the point or of a representative
// vertex), MGRS, the geometry type, WKT for lines and areas, then every
// property (own keys only: a key named `__proto__` gives its own value, not
// Object.prototype). Written by the app's one CSV writer (csv-writer.ts).

import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { formatMgrs } from "../../geo/coordinates/mgrs-grid";
import { csvDocument, ownValue } from "./csv-writer";

export interface CsvLayer {
  name: string;
  collection: FeatureCollection;
}

function firstPosition(geometry: Geometry): Position | null {
  switch (geometry.type) {
    case "Point":
      return geometry.coordinates;
    case "MultiPoint":
    case "LineString":
      return geometry.coordinates[0] ?? null;
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates[0]?.[0] ?? null;
    case "MultiPolygon":
      return geometry.coordinates[0]?.[0]?.[0] ?? null;
    case "GeometryCollection":
      return geometry.geometries.length > 0 ? firstPosition(geometry.geometries[0]) : null;
  }
}

function wktPositions(positions: Position[]): string {
  return positions.map(([lon, lat]) => `${lon} ${lat}`).join(", ");
}

export function toWkt(geometry: Geometry): string {
  switch (geometry.type) {
    case "Point":
      return `POINT (${wktPositions([geometry.coordinates])})`;
    case "MultiPoint":
      return `MULTIPOINT (${geometry.coordinates.map((position) => `(${wktPositions([position])})`).join(", ")})`;
    case "LineString":
      return `LINESTRING (${wktPositions(geometry.coordinates)})`;
    case "MultiLineString":
      return `MULTILINESTRING (${geometry.coordinates.map((line) => `(${wktPositions(line)})`).join(", ")})`;
    case "Polygon":
      return `POLYGON (${geometry.coordinates.map((ring) => `(${wktPositions(ring)})`).join(", ")})`;
    case "MultiPolygon":
      return `MULTIPOLYGON (${geometry.coordinates.map((polygon) => `(${polygon.map((ring) => `(${wktPositions(ring)})`).join(", ")})`).join(", ")})`;
    case "GeometryCollection":
      return `GEOMETRYCOLLECTION (${geometry.geometries.map(toWkt).join(", ")})`;
  }
}

export function writeCsv(layers: readonly CsvLayer[]): string {
  const propertyKeys: string[] = [];
  for (const layer of layers) {
    for (const feature of layer.collection.features) {
      for (const key of Object.keys(feature.properties ?? {})) if (!propertyKeys.includes(key)) propertyKeys.push(key);
    }
  }
  const header = ["lop", "ten", "vi_do", "kinh_do", "mgrs", "kieu_hinh_hoc", "wkt", ...propertyKeys];
  const rows: unknown[][] = [header];
  for (const layer of layers) {
    for (const feature of layer.collection.features as Feature[]) {
      if (!feature.geometry) continue;
      const position = firstPosition(feature.geometry);
      const properties = feature.properties ?? {};
      const name = ownValue(properties, "name") ?? ownValue(properties, "label") ?? feature.id ?? "";
      const cells = [
        layer.name,
        name,
        position ? position[1].toFixed(6) : "",
        position ? position[0].toFixed(6) : "",
        position ? formatMgrs({ lon: position[0], lat: position[1] }) : "",
        feature.geometry.type,
        feature.geometry.type === "Point" ? "" : toWkt(feature.geometry),
        ...propertyKeys.map((key) => ownValue(properties, key)),
      ];
      rows.push(cells);
    }
  }
  return csvDocument(rows);
}
