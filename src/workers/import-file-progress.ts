// Import with progress for large files (e.g. all 3,321 communes, ~150 MB):
// the file is read as a stream so the bar moves with the bytes read, then
// parsed and validated (JSON.parse cannot report progress: it is one stage).
// Runs in the import worker; the result is the same as validateGeoJsonFile.

import { validateGeoJsonFile } from "../io/validate-geojson-file";
import { DEFAULT_MAX_BYTES } from "../io/read-geojson-text";
import { validateGeoJsonText, type ValidationResult } from "../io/validate-geojson";

export type ImportProgress = (fraction: number, stage: string) => void;

/** Share of the bar given to reading; parsing + validating take the rest. */
const READ_SHARE = 0.4;

export interface ImportChoices {
  /** Rebuild self-crossing (bow-tie) polygons instead of reporting them. */
  repairSelfCrossing?: boolean;
}

export async function validateGeoJsonFileWithProgress(file: File, onProgress: ImportProgress, choices: ImportChoices = {}): Promise<ValidationResult> {
  if (file.size > DEFAULT_MAX_BYTES || typeof file.stream !== "function") return validateGeoJsonFile(file, choices);
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    if (read - lastReport > 4 * 1024 * 1024) {
      lastReport = read;
      onProgress((READ_SHARE * read) / Math.max(1, file.size), "Đang đọc tệp");
    }
  }
  parts.push(decoder.decode());
  onProgress(READ_SHARE, "Đang phân tích và kiểm tra dữ liệu");
  const started = performance.now();
  const result = validateGeoJsonText(parts.join(""), { fileName: file.name, byteLength: file.size, ...choices });
  onProgress(0.95, "Đã kiểm tra xong");
  performance.measure?.("import-validate", { start: started, end: performance.now() });
  return result;
}
