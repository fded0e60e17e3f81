// Groups the files a user picked, dropped or zipped into datasets GDAL can
// open: a Shapefile is .shp + .shx + .dbf (+ .prj, .cpg), a MapInfo table is
// .tab + .dat + .map + .id (or .mif + .mid); GeoPackage, DXF, DGN, CSV and
// XLSX are one file each. Names are matched without case and without folders
// (zips from Windows often hold "DAT/Thua.SHP").

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export type GisFormat = "shapefile" | "geopackage" | "mapinfo-tab" | "mapinfo-mif" | "dxf" | "dgn" | "csv" | "xlsx";

export interface GisDataset {
  format: GisFormat;
  main: NamedBytes;
  /** Companion files found next to the main one (same stem). */
  companions: NamedBytes[];
  /** Required companions that are missing, as extensions (".shx"). */
  missing: string[];
}

const MAIN_EXTENSIONS: Record<string, GisFormat> = {
  shp: "shapefile", gpkg: "geopackage", tab: "mapinfo-tab", mif: "mapinfo-mif",
  dxf: "dxf", dgn: "dgn", csv: "csv", txt: "csv", xlsx: "xlsx",
};

const REQUIRED: Partial<Record<GisFormat, string[]>> = {
  shapefile: ["shx", "dbf"],
  "mapinfo-tab": ["dat", "map", "id"],
  "mapinfo-mif": ["mid"],
};

const COMPANIONS: Partial<Record<GisFormat, string[]>> = {
  shapefile: ["shx", "dbf", "prj", "cpg", "qix", "sbn", "sbx"],
  "mapinfo-tab": ["dat", "map", "id", "ind"],
  "mapinfo-mif": ["mid"],
};

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function split(path: string): { stem: string; extension: string } {
  const name = baseName(path);
  const dot = name.lastIndexOf(".");
  return dot < 0 ? { stem: name.toLowerCase(), extension: "" } : { stem: name.slice(0, dot).toLowerCase(), extension: name.slice(dot + 1).toLowerCase() };
}

/** True when a file name alone says it belongs to a format read here (or its companion files). */
export function isGisFileName(name: string): boolean {
  const { extension } = split(name);
  return extension in MAIN_EXTENSIONS || Object.values(COMPANIONS).some((list) => list?.includes(extension));
}

export function gisFormatOf(name: string): GisFormat | undefined {
  return MAIN_EXTENSIONS[split(name).extension];
}

export function findGisDatasets(files: readonly NamedBytes[]): GisDataset[] {
  const datasets: GisDataset[] = [];
  for (const file of files) {
    const { stem, extension } = split(file.name);
    const format = MAIN_EXTENSIONS[extension];
    if (!format) continue;
    // A .txt is a table only when nothing else claims it (a MapInfo or a readme would not).
    if (extension === "txt" && files.some((other) => gisFormatOf(other.name) && gisFormatOf(other.name) !== "csv")) continue;
    const wanted = COMPANIONS[format] ?? [];
    const companions = files.filter((other) => other !== file && split(other.name).stem === stem && wanted.includes(split(other.name).extension));
    const present = new Set(companions.map((other) => split(other.name).extension));
    const missing = (REQUIRED[format] ?? []).filter((required) => !present.has(required)).map((required) => `.${required}`);
    datasets.push({ format, main: file, companions, missing });
  }
  return datasets;
}

export function companionWithExtension(dataset: GisDataset, extension: string): NamedBytes | undefined {
  return dataset.companions.find((file) => split(file.name).extension === extension);
}
