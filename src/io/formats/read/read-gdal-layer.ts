// Reads one layer of a GDAL-readable dataset (Shapefile, GeoPackage, MapInfo,
// DXF, DGN, XLSX) in its file's coordinates, with the text attributes still as
// bytes for the encoding step, plus the CRS the file declares and the text
// encoding it names (.cpg, MapInfo charset).

import type { FeatureCollection } from "geojson";
import type { GdalRuntime } from "../gdal/gdal-runtime";
import { recogniseCrs, type CrsRecognition } from "../crs/recognise-crs";
import { recogniseMapInfoCoordSys } from "../crs/mapinfo-coordsys";
import type { Extent } from "../crs/guess-crs";
import { encodingFromCodePageName } from "../text/vietnamese-encoding-detection";
import type { VietnameseTextEncoding } from "../text/vietnamese-text-decoding";
import { rawTextsOf, type RawText } from "./attribute-text";
import { layerAsGeoJson, listLayers, openDataset, textSourceOf, type GdalLayerInfo } from "./gdal-dataset-reader";
import { baseName, companionWithExtension, type GisDataset } from "./gis-file-set";
import { corruptGeometryMessage, noGeometryMessage, unreadableFileMessage } from "./gis-messages";
import type { GisLayerSummary } from "./gis-read-types";

export interface LayerInFileCrs {
  /** Features dropped because they have no shape. */
  withoutGeometry: number;
  layers: GisLayerSummary[];
  layer: string;
  collection: FeatureCollection;
  texts: RawText[];
  recognition: CrsRecognition;
  extent?: Extent;
  declared?: { name: string; encoding?: VietnameseTextEncoding };
}

const latin1 = new TextDecoder("latin1");

function declaredEncoding(dataset: GisDataset): LayerInFileCrs["declared"] {
  const cpg = companionWithExtension(dataset, "cpg");
  if (cpg) {
    const name = latin1.decode(cpg.bytes).trim();
    return { name, encoding: encodingFromCodePageName(name) };
  }
  if (dataset.format === "mapinfo-tab" || dataset.format === "mapinfo-mif") {
    const header = latin1.decode(dataset.main.bytes.subarray(0, 4096));
    const name = /charset\s+"?([\w-]+)"?/i.exec(header)?.[1];
    if (name && !/neutral/i.test(name)) return { name, encoding: encodingFromCodePageName(name) };
  }
  return undefined;
}

function recognition(dataset: GisDataset, layer: GdalLayerInfo): CrsRecognition {
  const found = recogniseCrs(layer.wkt);
  if (found.status === "missing" && dataset.format === "mapinfo-mif") return recogniseMapInfoCoordSys(latin1.decode(dataset.main.bytes.subarray(0, 8192)));
  const prj = companionWithExtension(dataset, "prj");
  // GDAL drops a .prj it cannot parse: say so rather than "no CRS".
  if (found.status === "missing" && prj && prj.bytes.length > 0) return { status: "unsupported", name: latin1.decode(prj.bytes.subarray(0, 200)).trim() };
  return found;
}

export function layerSummaries(layers: readonly GdalLayerInfo[]): GisLayerSummary[] {
  return layers.map((layer) => ({ id: layer.name, label: layer.name, featureCount: layer.featureCount, geometryType: layer.geometryType }));
}

export async function readGdalLayer(gdal: GdalRuntime, folders: { input: string; output: string }, dataset: GisDataset, wantedLayer: string | undefined): Promise<LayerInFileCrs | { refused: string }> {
  const fileName = baseName(dataset.main.name);
  const handle = openDataset(gdal, folders.input, dataset);
  if (!handle) return { refused: unreadableFileMessage(fileName, dataset.format) };
  try {
    const layers = (await listLayers(gdal, handle).catch(() => [])).filter((layer) => layer.geometryType !== "None" || dataset.format === "xlsx");
    const layer = layers.find((candidate) => candidate.name === wantedLayer) ?? layers.find((candidate) => candidate.featureCount > 0) ?? layers[0];
    if (!layer) return { refused: dataset.format === "geopackage" ? unreadableFileMessage(fileName, dataset.format) : noGeometryMessage(fileName, dataset.format) };
    let collection: FeatureCollection;
    try {
      collection = await layerAsGeoJson(gdal, handle, layer, textSourceOf(dataset.format), `${folders.output.replace(/^\/output\//, "")}/layer`);
    } catch {
      return { refused: corruptGeometryMessage(fileName, dataset.format) };
    }
    const withGeometry = collection.features.filter((feature) => feature.geometry);
    if (dataset.format !== "xlsx" && withGeometry.length === 0) {
      // A Shapefile whose records all read as empty shapes is damaged (GDAL gives null geometries for bad records).
      const damaged = dataset.format === "shapefile" && collection.features.length > 0;
      return { refused: damaged ? corruptGeometryMessage(fileName, dataset.format) : noGeometryMessage(fileName, dataset.format) };
    }
    const withoutGeometry = collection.features.length - withGeometry.length;
    if (dataset.format !== "xlsx") collection.features = withGeometry;
    const declared = declaredEncoding(dataset);
    return {
      withoutGeometry: dataset.format === "xlsx" ? 0 : withoutGeometry,
      layers: layerSummaries(layers),
      layer: layer.name,
      collection,
      texts: rawTextsOf(collection, textSourceOf(dataset.format)),
      recognition: recognition(dataset, layer),
      ...(layer.extent && { extent: layer.extent }),
      ...(declared && { declared }),
    };
  } finally {
    await gdal.close(handle).catch(() => undefined);
  }
}
