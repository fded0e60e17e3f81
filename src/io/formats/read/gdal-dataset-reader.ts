// Opens one dataset with GDAL (in the import worker) and turns a layer into
// GeoJSON in the file's own coordinates, keeping text as raw bytes so that
// TCVN3/VNI/Windows-1258 can be decoded here rather than by GDAL (whose
// WebAssembly build has no iconv): a Shapefile is opened with ENCODING set to
// ISO-8859-1, which maps every byte to one code point and back losslessly;
// MapInfo, DGN and DXF text fields are read through SQLite's hex(), since
// GDAL's GeoJSON writer replaces bytes that are not UTF-8. GeoPackage text is
// UTF-8 by the standard.

import type { FeatureCollection } from "geojson";
import { openVector, type GdalDataset, type GdalRuntime } from "../gdal/gdal-runtime";
import { baseName, type GisDataset, type GisFormat, type NamedBytes } from "./gis-file-set";

const latin1 = new TextDecoder("latin1");

export type TextSource = "latin1" | "hex" | "unicode";

export interface GdalLayerInfo {
  name: string;
  featureCount: number;
  geometryType: string;
  extent?: [number, number, number, number];
  wkt?: string;
  stringFields: string[];
}

interface OgrInfoJson {
  layers?: Array<{
    name: string;
    featureCount?: number;
    geometryFields?: Array<{ type?: string; extent?: number[]; coordinateSystem?: { wkt?: string } }>;
    fields?: Array<{ name: string; type: string }>;
  }>;
}

export const HEX_SUFFIX = "\u0001hex";

export function textSourceOf(format: GisFormat): TextSource {
  if (format === "shapefile") return "latin1";
  if (format === "geopackage" || format === "xlsx") return "unicode";
  return "hex";
}

/**
 * MapInfo headers name their charset ("WindowsVietnamese"); GDAL without iconv
 * warns on every read and gdal3.js treats that warning as a failure. We decode
 * the text ourselves (the declared charset is read from the original bytes),
 * so GDAL gets "Neutral": bytes passed through untouched.
 */
function withNeutralCharset(file: NamedBytes, format: GisFormat): Uint8Array {
  if (!/\.(tab|mif)$/i.test(file.name) || (format !== "mapinfo-tab" && format !== "mapinfo-mif")) return file.bytes;
  const text = latin1.decode(file.bytes);
  const neutral = text.replace(/(!charset\s+)\S+/i, "$1Neutral").replace(/(Charset\s+)"[^"]*"/i, '$1"Neutral"');
  return Uint8Array.from(neutral, (char) => char.charCodeAt(0));
}

export function openDataset(gdal: GdalRuntime, folder: string, dataset: GisDataset): GdalDataset | null {
  for (const file of [dataset.main, ...dataset.companions]) gdal.Module.FS.writeFile(`${folder}/${baseName(file.name)}`, withNeutralCharset(file, dataset.format));
  const options = dataset.format === "shapefile" ? ["ENCODING=ISO-8859-1"] : [];
  return openVector(gdal, `${folder}/${baseName(dataset.main.name)}`, options);
}

export async function listLayers(gdal: GdalRuntime, handle: GdalDataset): Promise<GdalLayerInfo[]> {
  const info = (await gdal.ogrinfo(handle, ["-so", "-al"])) as OgrInfoJson;
  return (info.layers ?? []).map((layer) => {
    const geometry = layer.geometryFields?.[0];
    const extent = geometry?.extent?.length === 4 ? (geometry.extent as [number, number, number, number]) : undefined;
    return {
      name: layer.name,
      featureCount: layer.featureCount ?? 0,
      geometryType: geometry?.type ?? "None",
      ...(extent && { extent }),
      ...(geometry?.coordinateSystem?.wkt && { wkt: geometry.coordinateSystem.wkt }),
      stringFields: (layer.fields ?? []).filter((field) => field.type === "String").map((field) => field.name),
    };
  });
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The layer as GeoJSON text in its own CRS; text fields of `hex` sources come as `<field>\u0001hex`. */
export async function layerAsGeoJson(gdal: GdalRuntime, handle: GdalDataset, layer: GdalLayerInfo, source: TextSource, outputName: string): Promise<FeatureCollection> {
  const options = ["-f", "GeoJSON", "-lco", "RFC7946=NO", "-lco", "WRITE_BBOX=NO"];
  if (source === "hex" && layer.stringFields.length > 0) {
    const hexes = layer.stringFields.map((field) => `hex(${quoted(field)}) AS ${quoted(field + HEX_SUFFIX)}`).join(", ");
    options.push("-dialect", "SQLite", "-sql", `SELECT *, ${hexes} FROM ${quoted(layer.name)}`);
  } else {
    options.push(layer.name);
  }
  const output = await gdal.ogr2ogr(handle, options, outputName);
  const bytes = gdal.Module.FS.readFile(output.local);
  return JSON.parse(new TextDecoder().decode(bytes)) as FeatureCollection;
}
