// What the import worker answers the main thread after validating (and, for a
// clean file, storing) a GeoJSON file: never the features themselves — only
// the stored layer record and the validation report, so the main thread never
// deserialises a large layer. The map's data (blob or vector tiles) reaches
// the page through the live layer list, from IndexedDB.

import type { ValidationResult } from "../io/validate-geojson";
import type { ImportedLayerRecord } from "../store/database";

/** A validation result without its (possibly huge) collection. */
export type ValidationSummary = Omit<ValidationResult, "collection">;

/** How the new layer is named and coloured (chosen on the main thread). */
export interface LayerNaming {
  name: string;
  color: string;
  sourceFileName: string;
}

/** A failed IndexedDB write, as plain data (errors lose their class across postMessage). */
export interface StorageFailure {
  name: string;
  message: string;
  innerName?: string;
}

export type StoreOutcome =
  | { kind: "stored"; record: ImportedLayerRecord }
  | { kind: "storage-failed"; failure: StorageFailure }
  /** The worker no longer holds the validated features (newer imports, or the worker restarted). */
  | { kind: "expired" };

export type WorkerImportOutcome =
  | { kind: "stored"; record: ImportedLayerRecord; summary: ValidationSummary }
  | { kind: "storage-failed"; failure: StorageFailure; summary: ValidationSummary }
  /** Problems found: nothing stored; `token` lets the user store the valid features later (null if there are none). */
  | { kind: "rejected"; summary: ValidationSummary; token: string | null };

export function summaryOf(result: ValidationResult): ValidationSummary {
  const { collection: _collection, ...summary } = result;
  return summary;
}

export function storageFailure(error: unknown): StorageFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "Error";
  const innerName = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return { name, message: error instanceof Error ? error.message : String(error), ...(innerName && { innerName }) };
}
