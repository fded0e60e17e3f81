// Reads and validates an imported file off the main thread, so a large file
// never freezes the map (ENGINEERING.md §3). Exposed with Comlink.

import { expose } from "comlink";
import { validateGeoJsonFile } from "../io/validate-geojson-file";
import { convertExchangeFile } from "../io/detect-format";
import { validateGeoJsonFileWithProgress } from "./import-file-progress";

// convertExchangeFile: KML/KMZ/GPX/CoT/exchange packages (src/io/detect-format.ts); GeoJSON answers { kind: "geojson" }.
const api = { validateGeoJsonFile, convertExchangeFile, validateGeoJsonFileWithProgress };

export type ImportWorkerApi = typeof api;

expose(api);
