// Reads, validates and stores an imported file off the main thread, so a large
// file never freezes the map (ENGINEERING.md §3). Exposed with Comlink. A clean
// GeoJSON file is written to IndexedDB here (import-layer-store.ts); the page
// only receives the layer record and the problems.

import { expose } from "comlink";
import { validateGeoJsonFile } from "../io/validate-geojson-file";
import { convertExchangeFile } from "../io/detect-format";
import { validateGeoJsonFileWithProgress } from "./import-file-progress";
import { forgetPendingImport, importGeoJsonFile, importedLayerBlob, storePendingImport } from "./import-layer-store";
import { exportGisFile, importGisFiles, inspectGisFiles, readGisFeatures, zipHoldsGisDataset } from "./gis-files";
import { requireDataKey, setDataKey } from "../store/crypto/data-key";

// This worker writes layers to the encrypted database: nothing is stored until the page hands over its key.
requireDataKey();

// convertExchangeFile: KML/KMZ/GPX/CoT/exchange packages (src/io/detect-format.ts); GeoJSON answers { kind: "geojson" }.
const api = {
  validateGeoJsonFile,
  convertExchangeFile,
  validateGeoJsonFileWithProgress,
  importGeoJsonFile,
  storePendingImport,
  forgetPendingImport,
  importedLayerBlob,
  // Shapefile, GeoPackage, MapInfo, DXF, DGN, CSV/XLSX (gis-files.ts; GDAL loaded on first use).
  inspectGisFiles,
  importGisFiles,
  readGisFeatures,
  zipHoldsGisDataset,
  exportGisFile,
  /** The page's data key (a non-extractable CryptoKey, structured-cloned): the worker's records are sealed like the page's. */
  unlockStore: setDataKey,
};

export type ImportWorkerApi = typeof api;

expose(api);
