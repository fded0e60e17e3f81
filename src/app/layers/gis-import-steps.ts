// The page's side of importing Shapefile, GeoPackage, MapInfo, DXF, DGN and
// CSV/XLSX: which of the picked files go together (all GIS files picked at
// once form one set — a Shapefile is several files; a .zip holding GIS data
// is its own set), and the worker calls with the province's meridian.

import { isGisFileName } from "../../io/formats/read/gis-file-set";
import type { GisChoices } from "../../io/formats/read/gis-read-types";
import type { GisFeaturesOutcome, GisImportOutcome, GisInspection } from "../../workers/gis-files";
import type { LayerNaming } from "../../workers/import-outcome";
import { currentVn2000Province, importWorker } from "../workspace";
import type { ImportProgress } from "../../workers/import-file-progress";

export type GisReadInspection = Extract<GisInspection, { kind: "read" }>;

export async function splitGisFiles(files: readonly File[]): Promise<{ gisSets: File[][]; others: File[] }> {
  const picked = files.filter((file) => isGisFileName(file.name) && !/\.zip$/i.test(file.name));
  const gisSets: File[][] = picked.length > 0 ? [picked] : [];
  const others: File[] = [];
  for (const file of files) {
    if (picked.includes(file)) continue;
    if (/\.zip$/i.test(file.name) && (await importWorker().zipHoldsGisDataset(file))) gisSets.push([file]);
    else others.push(file);
  }
  return { gisSets, others };
}

export function inspectGisSet(files: File[], choices: GisChoices): Promise<GisInspection> {
  return importWorker().inspectGisFiles(files, choices, currentVn2000Province().centralMeridian);
}

export function importGisSet(files: File[], choices: GisChoices, naming: LayerNaming, onProgress: ImportProgress): Promise<GisImportOutcome> {
  return importWorker().importGisFiles(files, choices, currentVn2000Province().centralMeridian, naming, onProgress);
}

/** The set's valid features, not stored: "Nhập vào lớp…" maps them onto a layer first. */
export function readGisSetFeatures(files: File[], choices: GisChoices): Promise<GisFeaturesOutcome> {
  return importWorker().readGisFeatures(files, choices, currentVn2000Province().centralMeridian);
}

/** The choices the dialog starts from: what the reading used, so "Nhập" imports what the preview shows. */
export function choicesFrom(inspection: GisReadInspection, previous: GisChoices): GisChoices {
  return {
    ...previous,
    layer: inspection.layer,
    ...(inspection.crs.used && { crs: inspection.crs.used }),
    encoding: inspection.encoding.used,
    ...(inspection.table?.columns && { columns: inspection.table.columns }),
  };
}
