// Unzips a user's .zip while counting what comes out, so a zip bomb (a few KB
// that inflate to gigabytes) is stopped while inflating, not after: the
// archive is fed to fflate's streaming Unzip in 16 KB pieces, so one step can
// inflate at most ~16 MB (deflate's ratio is bounded by ~1:1032) before the
// running total is checked against the cap.

import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import type { NamedBytes } from "./gis-file-set";

export const DEFAULT_UNZIP_CAP_BYTES = 1024 * 1024 * 1024;
const PIECE = 16 * 1024;

export class ZipTooLargeError extends Error {
  constructor(readonly entryName: string, readonly capBytes: number) {
    super(`unzipped size exceeds ${capBytes} bytes at ${entryName}`);
    this.name = "ZipTooLargeError";
  }
}

export function unzipWithCap(zipBytes: Uint8Array, capBytes = DEFAULT_UNZIP_CAP_BYTES): NamedBytes[] {
  const entries: NamedBytes[] = [];
  let total = 0;
  let overflow: ZipTooLargeError | null = null;
  const unzip = new Unzip((file) => {
    if (file.name.endsWith("/") || overflow) return;
    if (file.originalSize !== undefined && total + file.originalSize > capBytes) {
      overflow = new ZipTooLargeError(file.name, capBytes);
      return;
    }
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      total += chunk.length;
      if (total > capBytes) {
        overflow ??= new ZipTooLargeError(file.name, capBytes);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) entries.push({ name: file.name, bytes: concatenate(chunks) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  for (let offset = 0; offset < zipBytes.length && !overflow; offset += PIECE) {
    unzip.push(zipBytes.subarray(offset, offset + PIECE), offset + PIECE >= zipBytes.length);
  }
  if (overflow) throw overflow;
  return entries;
}

function concatenate(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
