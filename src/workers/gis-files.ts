// Shapefile, GeoPackage, MapInfo, DXF, DGN, CSV and XLSX in the import worker.
// GDAL (gdal3.js) is imported lazily here, its wasm and data fetched as
// build assets on first use (and then kept by the service worker), so neither
// the main bundle nor the main thread ever carries it. The page first asks
// for an inspection (layers, CRS, text encoding, columns, preview), shows
// the choices, then asks to import; the features stay in this worker and go
// to IndexedDB through the same store as GeoJSON files.

import { unzipSync } from "fflate";
import type { FeatureCollection } from "geojson";
import wasmUrl from "gdal3.js/dist/package/gdal3WebAssembly.wasm?url";
import dataUrl from "gdal3.js/dist/package/gdal3WebAssembly.data?url";
import { loadGdal, type GdalConfig, type GdalRuntime } from "../io/formats/gdal/gdal-runtime";
import type { NamedBytes } from "../io/formats/read/gis-file-set";
import type { GisChoices, GisReading } from "../io/formats/read/gis-read-types";
import { readGisFiles } from "../io/formats/read/read-gis-files";
import type { ExportCrs } from "../io/formats/write/export-crs";
import { writeGisFile, type ExportFormat, type ExportedFile } from "../io/formats/write/write-gis-file";
import { validateGeoJsonValue } from "../io/validate-geojson";
import type { ImportProgress } from "./import-file-progress";
import { VALIDATE_SHARE, storeValidated } from "./import-layer-store";
import type { LayerNaming, WorkerImportOutcome } from "./import-outcome";

export function loadGdalInWorker(): Promise<GdalRuntime> {
  return loadGdal(
    async () => {
      const module = (await import("gdal3.js")) as unknown as { default: (config: GdalConfig) => Promise<GdalRuntime> };
      // gdal3.js sets its own onmessage when it sees importScripts (module workers have it); Comlink must stay the only listener.
      self.onmessage = null;
      return module;
    },
    { wasm: new URL(wasmUrl, self.location.href).href, data: new URL(dataUrl, self.location.href).href },
  );
}

async function namedBytes(files: readonly File[]): Promise<NamedBytes[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/**
 * The last reading, kept so that "Nhập" right after the preview does not read
 * a large file twice. Keyed by the files and the choices the reading ended
 * up using (what the dialog sends back when the user changes nothing).
 */
let lastReading: { key: string; result: GisReading } | null = null;

function readingKey(files: readonly File[], choices: GisChoices, provinceMeridian: number): string {
  const { layer, crs, encoding, columns } = choices;
  return JSON.stringify([files.map((file) => [file.name, file.size, file.lastModified]), layer, crs, encoding, columns, provinceMeridian]);
}

function usedChoices(reading: GisReading): GisChoices {
  return { layer: reading.layer, ...(reading.crs.used && { crs: reading.crs.used }), encoding: reading.encoding.used, ...(reading.table?.columns && { columns: reading.table.columns }) };
}

/** What the import dialog shows: the reading without its features. */
export type GisInspection = (Omit<GisReading, "collection"> & { featureCount: number | null }) | { kind: "refused"; message: string };

export async function inspectGisFiles(files: File[], choices: GisChoices, provinceMeridian: number): Promise<GisInspection> {
  const result = await readGisFiles(await namedBytes(files), choices, { loadGdal: loadGdalInWorker, provinceMeridian });
  if (result.kind === "refused") return result;
  lastReading = result.collection ? { key: readingKey(files, usedChoices(result), provinceMeridian), result } : null;
  const { collection, ...rest } = result;
  return { ...rest, featureCount: collection ? collection.features.length : null };
}

export type GisImportOutcome = WorkerImportOutcome | { kind: "refused"; message: string };

export async function importGisFiles(files: File[], choices: GisChoices, provinceMeridian: number, naming: LayerNaming, onProgress: ImportProgress): Promise<GisImportOutcome> {
  onProgress(0.02, "Đang đọc tệp GIS");
  const key = readingKey(files, choices, provinceMeridian);
  const result = lastReading?.key === key ? lastReading.result : await readGisFiles(await namedBytes(files), choices, { loadGdal: loadGdalInWorker, provinceMeridian });
  lastReading = null;
  if (result.kind === "refused") return result;
  if (!result.collection) return { kind: "refused", message: result.problem ?? "Chưa chọn đủ thông tin để nhập tệp." };
  onProgress(VALIDATE_SHARE * 0.8, "Đang kiểm tra dữ liệu");
  const validated = validateGeoJsonValue(result.collection, { fileName: result.fileName });
  return storeValidated(validated, naming, onProgress);
}

export type GisFeaturesOutcome = { kind: "read"; fileName: string; collection: FeatureCollection } | { kind: "refused"; message: string };

/**
 * The valid features of a GIS file set, in WGS 84, without storing them: for "Nhập vào lớp…",
 * which maps their columns onto an operational layer's fields before anything is written.
 */
export async function readGisFeatures(files: File[], choices: GisChoices, provinceMeridian: number): Promise<GisFeaturesOutcome> {
  const key = readingKey(files, choices, provinceMeridian);
  const result = lastReading?.key === key ? lastReading.result : await readGisFiles(await namedBytes(files), choices, { loadGdal: loadGdalInWorker, provinceMeridian });
  lastReading = null;
  if (result.kind === "refused") return result;
  if (!result.collection) return { kind: "refused", message: result.problem ?? "Chưa chọn đủ thông tin để đọc tệp." };
  const validated = validateGeoJsonValue(result.collection, { fileName: result.fileName });
  if (!validated.collection || validated.collection.features.length === 0) {
    return { kind: "refused", message: `Tệp “${result.fileName}” không có đối tượng hợp lệ nào.` };
  }
  return { kind: "read", fileName: result.fileName, collection: validated.collection };
}

/** True when a .zip holds a Shapefile, MapInfo table, GeoPackage… (names only: nothing is inflated). */
export async function zipHoldsGisDataset(file: File): Promise<boolean> {
  const names: string[] = [];
  try {
    unzipSync(new Uint8Array(await file.arrayBuffer()), {
      filter: (entry) => {
        names.push(entry.name);
        return false;
      },
    });
  } catch {
    return false;
  }
  return names.some((name) => /\.(shp|gpkg|tab|mif|dxf|dgn)$/i.test(name)) && !names.some((name) => name.toLowerCase() === "manifest.json");
}

export async function exportGisFile(collection: FeatureCollection, layerName: string, format: ExportFormat, crs: ExportCrs): Promise<ExportedFile | null> {
  return writeGisFile(await loadGdalInWorker(), collection, layerName, format, crs);
}
