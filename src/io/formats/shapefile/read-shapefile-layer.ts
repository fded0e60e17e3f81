// A Shapefile read without GDAL (read-shp.ts, read-dbf.ts): the layer in its
// file's coordinates with text attributes as bytes, its CRS from the .prj and
// the encoding the .cpg names — the same result the GDAL path gives, faster
// for the large cadastral files land offices send. Null when the shape type
// needs GDAL.

import type { Feature, FeatureCollection } from "geojson";
import { recogniseCrs, type CrsRecognition } from "../crs/recognise-crs";
import { encodingFromCodePageName } from "../text/vietnamese-encoding-detection";
import type { RawText } from "../read/attribute-text";
import { baseName, companionWithExtension, type GisDataset } from "../read/gis-file-set";
import { corruptGeometryMessage, noGeometryMessage } from "../read/gis-messages";
import type { LayerInFileCrs } from "../read/read-gdal-layer";
import { readDbf } from "./read-dbf";
import { ShapefileDamagedError, readShpGeometries } from "./read-shp";

const latin1 = new TextDecoder("latin1");
const GEOMETRY_NAMES: Record<string, string> = { Point: "Point", MultiPoint: "Multi Point", LineString: "Line String", MultiLineString: "Line String", Polygon: "Polygon", MultiPolygon: "Polygon" };

function prjRecognition(dataset: GisDataset): CrsRecognition {
  const prj = companionWithExtension(dataset, "prj");
  if (!prj || prj.bytes.length === 0) return { status: "missing" };
  const text = latin1.decode(prj.bytes).trim();
  const found = recogniseCrs(text);
  return found.status === "missing" ? { status: "unsupported", name: text.slice(0, 200) } : found;
}

export function readShapefileLayer(dataset: GisDataset): LayerInFileCrs | { refused: string } | null {
  const fileName = baseName(dataset.main.name);
  let geometries;
  try {
    geometries = readShpGeometries(dataset.main.bytes);
  } catch (error) {
    if (error instanceof ShapefileDamagedError) return { refused: corruptGeometryMessage(fileName, "shapefile") };
    throw error;
  }
  if (!geometries) return null;
  const dbf = companionWithExtension(dataset, "dbf");
  const table = dbf ? readDbf(dbf.bytes) : { fields: [], rows: [], languageByte: 0 };
  const features: Feature[] = [];
  const texts: RawText[] = [];
  let withoutGeometry = 0;
  geometries.forEach((geometry, index) => {
    if (!geometry) {
      withoutGeometry++;
      return;
    }
    const properties: Record<string, unknown> = {};
    const feature: Feature = { type: "Feature", properties, geometry };
    const row = table.rows[index];
    table.fields.forEach((field, column) => {
      const value = row ? row[column] : null;
      if (value instanceof Uint8Array) {
        properties[field.name] = "";
        if (value.length > 0) texts.push({ feature, key: field.name, bytes: value });
      } else properties[field.name] = value ?? null;
    });
    features.push(feature);
  });
  if (features.length === 0) return { refused: geometries.length > 0 ? corruptGeometryMessage(fileName, "shapefile") : noGeometryMessage(fileName, "shapefile") };
  const view = new DataView(dataset.main.bytes.buffer, dataset.main.bytes.byteOffset, 100);
  const extent: [number, number, number, number] = [view.getFloat64(36, true), view.getFloat64(44, true), view.getFloat64(52, true), view.getFloat64(60, true)];
  const cpg = companionWithExtension(dataset, "cpg");
  const cpgName = cpg && latin1.decode(cpg.bytes).trim();
  const stem = fileName.replace(/\.shp$/i, "");
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  return {
    withoutGeometry,
    layers: [{ id: stem, label: stem, featureCount: features.length, geometryType: GEOMETRY_NAMES[features[0].geometry.type] ?? features[0].geometry.type }],
    layer: stem,
    collection,
    texts,
    recognition: prjRecognition(dataset),
    extent,
    ...(cpgName && { declared: { name: cpgName, encoding: encodingFromCodePageName(cpgName) } }),
  };
}
