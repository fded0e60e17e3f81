// Brings a collection read in its file's coordinates to WGS 84 in place:
// every position is gathered into one flat array, converted in one batch
// (vn2000-batch-to-wgs84.ts) and written back. Returns the flat WGS 84
// positions, so the caller can check that they fall in Vietnam.

import type { FeatureCollection, Geometry, Position } from "geojson";
import { vn2000ToWgs84InPlace } from "../../../geo/coordinates/vn2000-batch-to-wgs84";
import type { FileCrs } from "../crs/recognise-crs";

function collectPositions(geometry: Geometry | null, into: Position[]): void {
  if (!geometry) return;
  switch (geometry.type) {
    case "Point":
      into.push(geometry.coordinates);
      return;
    case "MultiPoint":
    case "LineString":
      for (const position of geometry.coordinates) into.push(position);
      return;
    case "MultiLineString":
    case "Polygon":
      for (const line of geometry.coordinates) for (const position of line) into.push(position);
      return;
    case "MultiPolygon":
      for (const polygon of geometry.coordinates) for (const ring of polygon) for (const position of ring) into.push(position);
      return;
    case "GeometryCollection":
      for (const part of geometry.geometries) collectPositions(part, into);
  }
}

export function reprojectToWgs84(collection: FeatureCollection, crs: FileCrs): Float64Array {
  const positions: Position[] = [];
  for (const feature of collection.features) collectPositions(feature.geometry, positions);
  const flat = new Float64Array(positions.length * 2);
  positions.forEach((position, index) => {
    flat[2 * index] = position[0];
    flat[2 * index + 1] = position[1];
  });
  if (crs.kind !== "wgs84") vn2000ToWgs84InPlace(flat, crs);
  positions.forEach((position, index) => {
    // Heights (Z) are dropped: the app's layers are 2-D and GDAL gives 0 for CAD files.
    position.length = 2;
    position[0] = flat[2 * index];
    position[1] = flat[2 * index + 1];
  });
  return flat;
}
