// Reads and validates an imported file off the main thread, so a large file
// never freezes the map (ENGINEERING.md §3). Exposed with Comlink.

import { expose } from "comlink";
import { validateGeoJsonFile } from "../io/validate-geojson-file";

const api = { validateGeoJsonFile };

export type ImportWorkerApi = typeof api;

expose(api);
