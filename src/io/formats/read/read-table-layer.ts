// CSV and XLSX: a table whose two coordinate columns the user confirms. CSV
// bytes are decoded here (same encodings and detection as attributes); XLSX
// is read by GDAL (its text is UTF-8 by the format) and becomes the same table.

import type { FeatureCollection } from "geojson";
import { parseDelimitedText, type DelimitedTable } from "../table/delimited-text";
import { detectVietnameseEncoding } from "../text/vietnamese-encoding-detection";
import { decodeVietnameseText, type VietnameseTextEncoding } from "../text/vietnamese-text-decoding";

export interface DecodedTable {
  table: DelimitedTable;
  detected: VietnameseTextEncoding;
  /** Non-ASCII lines as bytes, for the preview. */
  samples: Uint8Array[];
}

function lines(bytes: Uint8Array, limit: number): Uint8Array[] {
  const found: Uint8Array[] = [];
  let start = 0;
  for (let index = 0; index <= bytes.length && found.length < limit; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      const line = bytes.subarray(start, index);
      if (line.some((byte) => byte >= 0x80)) found.push(line);
      start = index + 1;
    }
  }
  return found;
}

export function decodeCsv(bytes: Uint8Array, encoding: VietnameseTextEncoding | undefined): DecodedTable {
  const samples = lines(bytes, 200);
  const detected = detectVietnameseEncoding(samples);
  const text = decodeVietnameseText(bytes, encoding ?? detected);
  return { table: parseDelimitedText(text), detected, samples: samples.slice(0, 5) };
}

/** An attribute-only layer (XLSX read by GDAL) as a table; rows keep their sheet line (header = line 1). */
export function tableFromFeatures(collection: FeatureCollection): DelimitedTable {
  const header = Object.keys(collection.features[0]?.properties ?? {});
  const rows = collection.features.map((feature, index) => ({
    line: index + 2,
    cells: header.map((name) => {
      const value = feature.properties?.[name];
      return value === null || value === undefined ? "" : String(value);
    }),
  }));
  return { delimiter: ",", header, rows };
}
