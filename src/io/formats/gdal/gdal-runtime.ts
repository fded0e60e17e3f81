// GDAL compiled to WebAssembly (gdal3.js 2.8.1, GDAL 3.8) — loaded once, on
// the first file that needs it, inside the import worker (never on the main
// thread, never in the main bundle: ~28 MB wasm + 11 MB data, ~11 MB gzip).
// Only the calls this app uses are typed here. Files are written into GDAL's
// in-memory file system under a fresh folder per job and removed afterwards,
// so nothing from one import leaks into the next.

export interface GdalDataset {
  pointer: number;
  path: string;
}

export interface GdalFileSystem {
  mkdir(path: string): void;
  writeFile(path: string, data: Uint8Array): void;
  readFile(path: string): Uint8Array;
  readdir(path: string): string[];
  unlink(path: string): void;
  rmdir(path: string): void;
  stat(path: string): { mode: number };
  isDir(mode: number): boolean;
}

/** The parts of the Emscripten module used to call GDAL's C API directly. */
export interface GdalModule {
  FS: GdalFileSystem;
  ccall(name: string, returnType: "number" | null, argumentTypes: string[], values: Array<number | string | null>): number;
  _malloc(size: number): number;
  _free(pointer: number): void;
  stringToUTF8(text: string, pointer: number, maxBytes: number): void;
  lengthBytesUTF8(text: string): number;
  setValue(pointer: number, value: number, type: string): void;
}

export interface GdalRuntime {
  ogr2ogr(dataset: GdalDataset, options: string[], outputName?: string): Promise<{ local: string; all?: Array<{ local: string }> }>;
  ogrinfo(dataset: GdalDataset, options?: string[]): Promise<unknown>;
  close(dataset: GdalDataset): Promise<void>;
  Module: GdalModule;
}

export interface GdalConfig {
  useWorker: false;
  paths?: { wasm: string; data: string };
  logHandler: (message: string, type: string) => void;
  errorHandler: (message: string, type: string) => void;
}

export type GdalModuleLoader = () => Promise<{ default: (config: GdalConfig) => Promise<GdalRuntime> }>;

let runtime: Promise<GdalRuntime> | undefined;

export function loadGdal(loader: GdalModuleLoader, paths?: GdalConfig["paths"]): Promise<GdalRuntime> {
  runtime ??= loader().then((module) =>
    module.default({
      useWorker: false,
      ...(paths && { paths }),
      // GDAL's (English) messages never reach the user: failures are explained from what we know.
      logHandler: () => undefined,
      errorHandler: () => undefined,
    }),
  );
  runtime.catch(() => {
    runtime = undefined;
  });
  return runtime;
}

let jobCounter = 0;

function removeTree(fs: GdalFileSystem, path: string): void {
  for (const entry of fs.readdir(path)) {
    if (entry === "." || entry === "..") continue;
    const child = `${path}/${entry}`;
    if (fs.isDir(fs.stat(child).mode)) removeTree(fs, child);
    else fs.unlink(child);
  }
  fs.rmdir(path);
}

/** A scratch folder pair (/input/job-N, /output/job-N) for one import or export, removed when `work` settles. */
export async function withGdalJob<T>(gdal: GdalRuntime, work: (folders: { input: string; output: string }) => Promise<T>): Promise<T> {
  const id = `job-${++jobCounter}`;
  const folders = { input: `/input/${id}`, output: `/output/${id}` };
  const fs = gdal.Module.FS;
  fs.mkdir(folders.input);
  fs.mkdir(folders.output);
  try {
    return await work(folders);
  } finally {
    removeTree(fs, folders.input);
    removeTree(fs, folders.output);
  }
}

const GDAL_OF_VECTOR = 0x04;

/**
 * Opens a vector dataset with GDALOpenEx directly. gdal3.js's own open() also
 * runs ogrinfo without -so, which dumps every feature as JSON (minutes for a
 * 200,000-parcel Shapefile); we only need the handle.
 */
export function openVector(gdal: GdalRuntime, path: string, openOptions: readonly string[] = []): GdalDataset | null {
  const module = gdal.Module;
  const strings = openOptions.map((option) => {
    const size = module.lengthBytesUTF8(option) + 1;
    const pointer = module._malloc(size);
    module.stringToUTF8(option, pointer, size);
    return pointer;
  });
  const list = module._malloc(4 * (strings.length + 1));
  strings.forEach((pointer, index) => module.setValue(list + 4 * index, pointer, "*"));
  module.setValue(list + 4 * strings.length, 0, "*");
  try {
    module.ccall("CPLErrorReset", null, [], []);
    const pointer = module.ccall("GDALOpenEx", "number", ["string", "number", "number", "number", "number"], [path, GDAL_OF_VECTOR, 0, list, 0]);
    return pointer ? { pointer, path } : null;
  } finally {
    strings.forEach((pointer) => module._free(pointer));
    module._free(list);
  }
}
