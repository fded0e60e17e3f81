// GDAL (gdal3.js) for unit tests: the same WebAssembly build the app loads in
// its import worker, through the package's Node entry (wasm read from
// node_modules). Loading takes a few seconds, once per test file.
import { loadGdal } from "../../../src/io/formats/gdal/gdal-runtime";

export const loadGdalInNode = () => loadGdal(() => import("gdal3.js/node.js"));
