// Reads the geometry of an ESRI Shapefile (.shp) straight from its bytes,
// per the ESRI Shapefile Technical Description (1998): a 100-byte header,
// then records of big-endian number + length and little-endian content.
// GDAL's WebAssembly GeoJSON writer needs minutes for 200,000 parcels; this
// reads 50 MB in about a second. Z and M values are dropped (2-D layers).
// Returns null for shape types it does not know (MultiPatch), so the caller
// can let GDAL read the file instead.

import type { Geometry, Position } from "geojson";
import { polygonsFromRings } from "./assemble-rings";

export class ShapefileDamagedError extends Error {
  constructor(readonly recordNumber: number) {
    super(`record ${recordNumber} runs past the end of the .shp`);
    this.name = "ShapefileDamagedError";
  }
}

const POINT = new Set([1, 11, 21]);
const MULTIPOINT = new Set([8, 18, 28]);
const POLYLINE = new Set([3, 13, 23]);
const POLYGON = new Set([5, 15, 25]);

/** The parts of a record; `reversed` reads each part backwards (polygon rings, see assemble-rings.ts). */
function parts(view: DataView, content: number, end: number, recordNumber: number, reversed = false): Position[][] {
  const partCount = view.getInt32(content + 36, true);
  const pointCount = view.getInt32(content + 40, true);
  const partsAt = content + 44;
  const pointsAt = partsAt + 4 * partCount;
  if (partCount < 0 || pointCount < 0 || pointsAt + 16 * pointCount > end) throw new ShapefileDamagedError(recordNumber);
  const lines: Position[][] = [];
  for (let part = 0; part < partCount; part++) {
    const from = view.getInt32(partsAt + 4 * part, true);
    const to = part + 1 < partCount ? view.getInt32(partsAt + 4 * (part + 1), true) : pointCount;
    if (from < 0 || to > pointCount || from > to) throw new ShapefileDamagedError(recordNumber);
    const line: Position[] = new Array(to - from);
    for (let point = from; point < to; point++) {
      const at = pointsAt + 16 * point;
      line[reversed ? to - 1 - point : point - from] = [view.getFloat64(at, true), view.getFloat64(at + 8, true)];
    }
    lines.push(line);
  }
  return lines;
}

/** One geometry per record, in file order (null for null shapes); null if the shape type is not supported. */
export function readShpGeometries(bytes: Uint8Array): Array<Geometry | null> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 100 || view.getInt32(0) !== 9994) throw new ShapefileDamagedError(0);
  const geometries: Array<Geometry | null> = [];
  let offset = 100;
  while (offset + 8 <= bytes.length) {
    const recordNumber = view.getInt32(offset);
    const content = offset + 8;
    const end = content + view.getInt32(offset + 4) * 2;
    if (end > bytes.length || end < content + 4) throw new ShapefileDamagedError(recordNumber);
    const type = view.getInt32(content, true);
    if (type === 0) geometries.push(null);
    else if (POINT.has(type)) geometries.push({ type: "Point", coordinates: [view.getFloat64(content + 4, true), view.getFloat64(content + 12, true)] });
    else if (MULTIPOINT.has(type)) {
      const count = view.getInt32(content + 36, true);
      if (content + 40 + 16 * count > end) throw new ShapefileDamagedError(recordNumber);
      const coordinates: Position[] = [];
      for (let point = 0; point < count; point++) coordinates.push([view.getFloat64(content + 40 + 16 * point, true), view.getFloat64(content + 48 + 16 * point, true)]);
      geometries.push({ type: "MultiPoint", coordinates });
    } else if (POLYLINE.has(type)) {
      const lines = parts(view, content, end, recordNumber);
      geometries.push(lines.length === 1 ? { type: "LineString", coordinates: lines[0] } : { type: "MultiLineString", coordinates: lines });
    } else if (POLYGON.has(type)) {
      const polygons = polygonsFromRings(parts(view, content, end, recordNumber, true));
      geometries.push(polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0] } : { type: "MultiPolygon", coordinates: polygons });
    } else return null;
    offset = end;
  }
  return geometries;
}
