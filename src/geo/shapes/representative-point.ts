// One position standing for a feature in distance questions: the point
// itself, the middle vertex of a line, or an inside point of a polygon
// (its box centre when inside, else its first vertex).

import type { Geometry, Position } from "geojson";
import { pointInPolygon } from "../indexes/point-in-polygon";
import { geometryBox } from "../indexes/polygon-index";

export function representativePoint(geometry: Geometry | null): Position | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case "Point":
      return geometry.coordinates;
    case "MultiPoint":
      return geometry.coordinates[0] ?? null;
    case "LineString":
      return geometry.coordinates[Math.floor(geometry.coordinates.length / 2)] ?? null;
    case "MultiLineString":
      return geometry.coordinates[0]?.[Math.floor(geometry.coordinates[0].length / 2)] ?? null;
    case "Polygon":
    case "MultiPolygon": {
      const [minX, minY, maxX, maxY] = geometryBox(geometry);
      const centre: Position = [(minX + maxX) / 2, (minY + maxY) / 2];
      if (pointInPolygon(centre[0], centre[1], geometry)) return centre;
      return (geometry.type === "Polygon" ? geometry.coordinates[0]?.[0] : geometry.coordinates[0]?.[0]?.[0]) ?? null;
    }
    default:
      return null;
  }
}
