// From what the user gave (files picked or dropped together, or .zip files)
// to the datasets to read: zips are unpacked with a size cap, then the files
// are grouped by dataset (gis-file-set.ts).

import { ZipTooLargeError, unzipWithCap } from "./capped-unzip";
import { findGisDatasets, type GisDataset, type NamedBytes } from "./gis-file-set";
import { noDatasetMessage, unreadableZipMessage, zipTooLargeMessage } from "./gis-messages";

const isZip = (file: NamedBytes) => file.bytes[0] === 0x50 && file.bytes[1] === 0x4b && file.bytes[2] === 0x03 && file.bytes[3] === 0x04;

export function gatherGisDatasets(files: readonly NamedBytes[], capBytes?: number): { datasets: GisDataset[] } | { refused: string } {
  const all: NamedBytes[] = [];
  for (const file of files) {
    if (!isZip(file) || /\.(xlsx|gpkg)$/i.test(file.name)) {
      all.push(file);
      continue;
    }
    try {
      all.push(...unzipWithCap(file.bytes, capBytes));
    } catch (error) {
      if (error instanceof ZipTooLargeError) return { refused: zipTooLargeMessage(file.name, error.entryName, error.capBytes) };
      return { refused: unreadableZipMessage(file.name) };
    }
  }
  const datasets = findGisDatasets(all);
  if (datasets.length === 0) return { refused: noDatasetMessage(files.map((file) => file.name).join(", ")) };
  return { datasets };
}
