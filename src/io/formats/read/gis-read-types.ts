// The shapes shared by the GIS-file reading steps and the import dialog: what
// was found in the files, what was guessed, and what the user chose.

import type { FeatureCollection } from "geojson";
import type { CrsRecognition, FileCrs } from "../crs/recognise-crs";
import type { CoordinateColumns } from "../table/coordinate-columns";
import type { VietnameseTextEncoding } from "../text/vietnamese-text-decoding";
import type { GisFormat } from "./gis-file-set";

export interface GisChoices {
  /** Layer (GeoPackage table, one of several Shapefiles in a zip…) by id; the first one by default. */
  layer?: string;
  crs?: FileCrs;
  encoding?: VietnameseTextEncoding;
  /** CSV/XLSX: the coordinate columns. */
  columns?: CoordinateColumns;
}

export interface GisLayerSummary {
  id: string;
  label: string;
  featureCount: number;
  geometryType: string;
}

export interface TextPreview {
  /** The same value decoded with each encoding, for the preview and the override. */
  byEncoding: Record<VietnameseTextEncoding, string>;
}

export interface TableSummary {
  header: string[];
  columns: CoordinateColumns | null;
  sampleRows: string[][];
}

export interface GisReading {
  kind: "read";
  fileName: string;
  format: GisFormat;
  formatLabel: string;
  layers: GisLayerSummary[];
  layer: string;
  crs: {
    recognition: CrsRecognition;
    /** The CRS the positions were converted from: the file's, the user's choice, or the guess. */
    used: FileCrs | null;
    /** True when `used` is a guess the user has not confirmed. */
    guessed: boolean;
    note?: string;
  };
  encoding: { used: VietnameseTextEncoding; detected: VietnameseTextEncoding; declared?: string; previews: TextPreview[] };
  table?: TableSummary;
  /** In WGS 84, ready to validate and store; null while a choice is missing or the result is outside Vietnam. */
  collection: FeatureCollection | null;
  /** Why `collection` is null, or what was skipped, in Vietnamese. */
  problem?: string;
  warnings: string[];
}

export type GisReadResult = GisReading | { kind: "refused"; message: string };
