// Reads the GIS files a user gave "Nhập dữ liệu" into one WGS 84 collection:
// unzip (capped) → group into datasets → read the chosen layer with GDAL (or
// parse the CSV) in the file's coordinates → decode the text (file's word,
// else detection, else the user's override) → recognise or guess the CRS →
// reproject → check the result lies in Vietnam. Shapefiles are read directly
// (shapefile/), everything else through GDAL. Everything the user may need
// to decide (layer, CRS, encoding, columns) comes back with what was guessed,
// so the dialog can ask and call again with `choices`. Runs in the import
// worker; GDAL is loaded only when a dataset needs it.

import type { FeatureCollection } from "geojson";
import { withGdalJob, type GdalRuntime } from "../gdal/gdal-runtime";
import { guessCrs, shareOutsideVietnam } from "../crs/guess-crs";
import type { CrsRecognition, FileCrs } from "../crs/recognise-crs";
import { tm3Zone } from "../../../geo/coordinates/vn2000-zone";
import { guessCoordinateColumns } from "../table/coordinate-columns";
import type { DelimitedTable } from "../table/delimited-text";
import { tableToFeatures } from "../table/table-to-features";
import { VIETNAMESE_TEXT_ENCODINGS, decodeVietnameseText, type VietnameseTextEncoding } from "../text/vietnamese-text-decoding";
import { decodeTexts, guessEncoding, sampleTexts } from "./attribute-text";
import { gatherGisDatasets } from "./gather-gis-files";
import { baseName, type GisDataset, type NamedBytes } from "./gis-file-set";
import * as messages from "./gis-messages";
import type { GisChoices, GisLayerSummary, GisReadResult, GisReading, TextPreview } from "./gis-read-types";
import { readGdalLayer, type LayerInFileCrs } from "./read-gdal-layer";
import { readShapefileLayer } from "../shapefile/read-shapefile-layer";
import { decodeCsv, tableFromFeatures } from "./read-table-layer";
import { reprojectToWgs84 } from "./reproject-collection";

export interface GisReadOptions {
  loadGdal: () => Promise<GdalRuntime>;
  /** Central meridian of the workspace's province: the guess for grid coordinates without a CRS. */
  provinceMeridian: number;
  unzipCapBytes?: number;
}

const LAYER_SEPARATOR = "::";

function previewsOf(samples: readonly Uint8Array[]): TextPreview[] {
  return samples.slice(0, 5).map((bytes) => ({
    byEncoding: Object.fromEntries(VIETNAMESE_TEXT_ENCODINGS.map(({ id }) => [id, decodeVietnameseText(bytes, id)])) as Record<VietnameseTextEncoding, string>,
  }));
}

interface InFileCrs {
  layers: GisLayerSummary[];
  layer: string;
  collection: FeatureCollection | null;
  recognition: CrsRecognition;
  guessedCrs: FileCrs | null;
  encoding: GisReading["encoding"];
  table?: GisReading["table"];
  problem?: string;
  warnings?: string[];
}

function fromTable(table: DelimitedTable, fileName: string, choices: GisChoices, meridian: number): InFileCrs | { refused: string } {
  const columns = choices.columns ?? guessCoordinateColumns(table.header, table.rows);
  const summary = { header: table.header, columns, sampleRows: table.rows.slice(0, 5).map((row) => row.cells) };
  const base = { layers: [], layer: "", recognition: { status: "missing" } as const, table: summary };
  const encoding = { used: "utf-8" as const, detected: "utf-8" as const, previews: [] };
  if (!columns) return { ...base, collection: null, guessedCrs: null, encoding, problem: messages.noCoordinateColumnsMessage(fileName) };
  const converted = tableToFeatures(table, columns);
  if (!converted.ok) {
    return { refused: converted.problem === "no-rows" ? messages.noRowsMessage(fileName) : messages.mixedDecimalMessage(fileName, converted.column, converted.line, converted.value) };
  }
  const warnings = converted.skippedLines.length > 0 ? [messages.skippedRowsWarning(converted.skippedLines)] : [];
  return { ...base, collection: converted.collection, guessedCrs: columns.system === "degrees" ? { kind: "wgs84" } : tm3Zone(meridian), encoding, warnings };
}

async function readInFileCrs(dataset: GisDataset, choices: GisChoices, wantedLayer: string | undefined, options: GisReadOptions): Promise<InFileCrs | { refused: string }> {
  const fileName = baseName(dataset.main.name);
  if (dataset.format === "csv") {
    const decoded = decodeCsv(dataset.main.bytes, choices.encoding);
    const result = fromTable(decoded.table, fileName, choices, options.provinceMeridian);
    if ("refused" in result) return result;
    return { ...result, encoding: { used: choices.encoding ?? decoded.detected, detected: decoded.detected, previews: previewsOf(decoded.samples) } };
  }
  if (dataset.format === "shapefile") {
    const direct = readShapefileLayer(dataset);
    if (direct) return "refused" in direct ? direct : decodeAndGuess(direct, dataset, fileName, choices, options);
  }
  const gdal = await options.loadGdal();
  return withGdalJob(gdal, async (folders) => {
    const read = await readGdalLayer(gdal, folders, dataset, wantedLayer);
    return "refused" in read ? read : decodeAndGuess(read, dataset, fileName, choices, options);
  });
}

/** Text decoding and the CRS guess, shared by the GDAL path and the direct Shapefile reader. */
function decodeAndGuess(read: LayerInFileCrs, dataset: GisDataset, fileName: string, choices: GisChoices, options: GisReadOptions): InFileCrs | { refused: string } {
  const detected = read.declared?.encoding ?? guessEncoding(read.texts);
  const used = choices.encoding ?? detected;
  decodeTexts(read.texts, used);
  const encoding = { used, detected, ...(read.declared && { declared: read.declared.name }), previews: previewsOf(sampleTexts(read.texts, 5)) };
  if (dataset.format === "xlsx") {
    const result = fromTable(tableFromFeatures(read.collection), fileName, choices, options.provinceMeridian);
    return "refused" in result ? result : { ...result, layers: read.layers, layer: read.layer, encoding };
  }
  const guessedCrs = read.recognition.status === "recognised" ? read.recognition.crs : guessCrs(read.extent, options.provinceMeridian);
  const warnings = read.withoutGeometry > 0 ? [messages.withoutGeometryWarning(read.withoutGeometry)] : [];
  return { layers: read.layers, layer: read.layer, collection: read.collection, recognition: read.recognition, guessedCrs, encoding, warnings };
}

function crsNote(fileName: string, recognition: CrsRecognition): string | undefined {
  if (recognition.status === "missing") return messages.missingCrsNote(fileName);
  if (recognition.status === "unsupported") return messages.unreadablePrjNote(fileName, recognition.name);
  return undefined;
}

export async function readGisFiles(files: readonly NamedBytes[], choices: GisChoices, options: GisReadOptions): Promise<GisReadResult> {
  const gathered = gatherGisDatasets(files, options.unzipCapBytes);
  if ("refused" in gathered) return { kind: "refused", message: gathered.refused };
  const [wantedFile, wantedLayer] = (choices.layer ?? "").split(LAYER_SEPARATOR);
  const dataset = gathered.datasets.find((candidate) => baseName(candidate.main.name) === wantedFile) ?? gathered.datasets[0];
  const fileName = baseName(dataset.main.name);
  if (dataset.missing.length > 0) return { kind: "refused", message: messages.missingCompanionsMessage(fileName, dataset.format, dataset.missing) };

  const read = await readInFileCrs(dataset, choices, wantedLayer || undefined, options);
  if ("refused" in read) return { kind: "refused", message: read.refused };

  const otherFiles = gathered.datasets.filter((other) => other !== dataset).map((other) => baseName(other.main.name));
  const layers: GisLayerSummary[] = [
    ...read.layers.map((layer) => ({ ...layer, id: `${fileName}${LAYER_SEPARATOR}${layer.id}`, label: read.layers.length > 1 ? `${fileName} – ${layer.label}` : fileName })),
    ...otherFiles.map((other) => ({ id: `${other}${LAYER_SEPARATOR}`, label: other, featureCount: -1, geometryType: "" })),
  ];
  const recognised = read.recognition.status === "recognised" ? read.recognition.crs : null;
  const used = choices.crs ?? recognised ?? read.guessedCrs;
  const reading: GisReading = {
    kind: "read",
    fileName,
    format: dataset.format,
    formatLabel: messages.FORMAT_LABELS[dataset.format],
    layers,
    layer: `${fileName}${LAYER_SEPARATOR}${read.layer}`,
    crs: { recognition: read.recognition, used, guessed: !choices.crs && !recognised, note: crsNote(fileName, read.recognition) },
    encoding: read.encoding,
    ...(read.table && { table: read.table }),
    collection: null,
    ...(read.problem && { problem: read.problem }),
    warnings: read.warnings ?? [],
  };
  if (!read.collection || !used) return reading.problem ? reading : { ...reading, problem: reading.crs.note };
  const positions = reprojectToWgs84(read.collection, used);
  // GDAL's GeoJSON names the source CRS (e.g. "urn:ogc:def:crs:EPSG::3405"); the positions are WGS 84 now.
  delete (read.collection as { crs?: unknown }).crs;
  const outside = shareOutsideVietnam(positions);
  if (outside > 0.5) return { ...reading, problem: messages.outsideVietnamMessage(fileName, used, outside) };
  return { ...reading, collection: read.collection };
}
