// Walks one GeoJSON geometry (any of the seven RFC 7946 types, GeometryCollection
// included) and reports every structural and coordinate problem with its path.
// It tolerates any input, so it runs before geojson-validation, which would throw
// on an empty ring and builds error arrays per position.

import { isJsonObject, joinPath, newCursor, setIndex, type GeometryCursor, type GeometryProblemSink } from "./geometry-cursor";
import { checkLine, checkPosition, checkPositions, checkRing } from "./position-checks";

/** Nesting limit for GeometryCollections (RFC 7946 discourages nesting at all). */
const MAX_COLLECTION_DEPTH = 8;

const COORDINATE_TYPES = new Set(["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"]);

/** Checks the geometry found at `path` ("" when the geometry is the root value). */
export function checkGeometry(geometry: unknown, path: string, sink: GeometryProblemSink, depth = 0): void {
  const cursor = newCursor(path, "");
  if (!isJsonObject(geometry)) {
    sink.report("invalid-structure", cursor, geometry, "geometry-not-object");
    return;
  }
  const type = geometry.type;
  if (type === "GeometryCollection") {
    checkCollection(geometry, cursor, sink, depth);
    return;
  }
  if (typeof type !== "string" || !COORDINATE_TYPES.has(type)) {
    cursor.member = "type";
    sink.report("invalid-structure", cursor, type, type === undefined ? "missing-type" : "unknown-type");
    return;
  }
  cursor.member = "coordinates";
  const coordinates = geometry.coordinates;
  if (!Array.isArray(coordinates)) {
    sink.report("invalid-structure", cursor, coordinates, "coordinates-not-array");
    return;
  }
  if (coordinates.length === 0) {
    sink.report("empty-geometry", cursor, type, null);
    return;
  }
  checkCoordinates(type, coordinates, cursor, sink);
}

function checkCoordinates(type: string, coordinates: unknown[], cursor: GeometryCursor, sink: GeometryProblemSink): void {
  switch (type) {
    case "Point":
      checkPosition(coordinates, cursor, sink);
      return;
    case "MultiPoint":
      checkPositions(coordinates, cursor, 0, sink);
      return;
    case "LineString":
      checkLine(coordinates, cursor, 0, sink);
      return;
    case "MultiLineString":
      for (let line = 0; line < coordinates.length; line++) {
        cursor.first = line;
        checkLine(coordinates[line], cursor, 1, sink);
      }
      return;
    case "Polygon":
      checkPolygon(coordinates, cursor, 0, sink);
      return;
    case "MultiPolygon":
      for (let polygon = 0; polygon < coordinates.length; polygon++) {
        cursor.first = polygon;
        checkPolygon(coordinates[polygon], cursor, 1, sink);
      }
  }
}

/** A Polygon's rings; `level` is where ring indices go (positions go one deeper). */
function checkPolygon(rings: unknown, cursor: GeometryCursor, level: number, sink: GeometryProblemSink): void {
  if (!Array.isArray(rings)) {
    sink.report("invalid-structure", cursor, rings, "part-not-array");
    return;
  }
  if (rings.length === 0) {
    sink.report("empty-geometry", cursor, "Polygon", null);
    return;
  }
  for (let ring = 0; ring < rings.length; ring++) {
    setIndex(cursor, level, ring);
    checkRing(rings[ring], cursor, level + 1, sink);
  }
  setIndex(cursor, level, -1);
}

function checkCollection(
  collection: Record<string, unknown>,
  cursor: GeometryCursor,
  sink: GeometryProblemSink,
  depth: number,
): void {
  cursor.member = "geometries";
  const geometries = collection.geometries;
  if (!Array.isArray(geometries)) {
    sink.report("invalid-structure", cursor, geometries, "geometries-not-array");
  } else if (geometries.length === 0) {
    sink.report("empty-geometry", cursor, "GeometryCollection", null);
  } else if (depth >= MAX_COLLECTION_DEPTH) {
    sink.report("invalid-structure", cursor, depth, "too-deep");
  } else {
    const prefix = joinPath(cursor.base, "geometries");
    for (let index = 0; index < geometries.length; index++) {
      checkGeometry(geometries[index], `${prefix}[${index}]`, sink, depth + 1);
    }
  }
}
