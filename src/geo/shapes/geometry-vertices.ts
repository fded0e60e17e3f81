// Every position of a geometry, in order, parts and rings flattened (a
// GeometryCollection's members included).

import type { Geometry, Position } from "geojson";

export function geometryVertices(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case "Point":
      return [geometry.coordinates];
    case "MultiPoint":
    case "LineString":
      return geometry.coordinates;
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates.flat();
    case "MultiPolygon":
      return geometry.coordinates.flat(2);
    case "GeometryCollection":
      return geometry.geometries.flatMap(geometryVertices);
  }
}
