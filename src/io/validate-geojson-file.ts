// Reads a dropped or chosen file (File/Blob) and validates it as GeoJSON. The
// size is checked before the text is read, so an oversized file is refused
// without loading it into memory. Meant to run in the import worker.

import { DEFAULT_MAX_BYTES } from "./read-geojson-text";
import { validateGeoJsonText, type ValidateOptions, type ValidationResult } from "./validate-geojson";

export async function validateGeoJsonFile(file: Blob, options: ValidateOptions = {}): Promise<ValidationResult> {
  const fileName = options.fileName ?? ("name" in file && typeof file.name === "string" ? file.name : undefined);
  const settings: ValidateOptions = { ...options, fileName, byteLength: file.size };
  if (file.size > (options.maxBytes ?? DEFAULT_MAX_BYTES)) {
    // The size alone decides: validateGeoJsonText reports "too-large" before looking at the text.
    return validateGeoJsonText("", settings);
  }
  return validateGeoJsonText(await file.text(), settings);
}
