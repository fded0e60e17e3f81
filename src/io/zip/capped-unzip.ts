// Inflates a zip archive entry by entry with fflate's streaming Unzip, so the
// size of what comes out is checked WHILE inflating: an entry (or the archive
// as a whole) that passes its cap stops the inflation there, instead of being
// inflated whole and refused afterwards (a 6 MB zip can hold 6 GB). Entries
// the caller does not want are never started, so they are never inflated.
// Synchronous (UnzipInflate), worker-safe.

import { Unzip, UnzipInflate } from "fflate";

/** Per-entry cap in bytes, or false to skip the entry without inflating it. */
export type EntryChoice = (name: string) => number | false;

export interface CappedUnzipOptions {
  wanted: EntryChoice;
  /** Cap on all inflated entries together. */
  totalCap: number;
}

export type CappedUnzipResult =
  | { ok: true; entries: Map<string, Uint8Array>; names: string[] }
  | { ok: false; reason: "too-large" | "corrupt" | "duplicate"; path: string };

/**
 * Compressed bytes pushed at a time. The inflater emits everything one push
 * yields before we can look, and deflate reaches ~1,000:1, so 16 KB in means
 * at most ~16 MB out beyond a cap — not a gigabyte.
 */
const PUSH_CHUNK = 16 * 1024;

function concatenate(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

export function cappedUnzip(bytes: Uint8Array, options: CappedUnzipOptions): CappedUnzipResult {
  const entries = new Map<string, Uint8Array>();
  const names: string[] = [];
  let failure: Extract<CappedUnzipResult, { ok: false }> | null = null;
  let total = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    names.push(file.name);
    const cap = options.wanted(file.name);
    if (cap === false || failure) return;
    if (entries.has(file.name)) {
      // Two entries with one name: which one the sender meant is unknowable.
      failure = { ok: false, reason: "duplicate", path: file.name };
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = { ok: false, reason: "corrupt", path: file.name };
        return;
      }
      size += data.length;
      total += data.length;
      if (size > cap || total > options.totalCap) {
        failure = { ok: false, reason: "too-large", path: file.name };
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) entries.set(file.name, concatenate(chunks, size));
    };
    file.start();
  };
  try {
    for (let offset = 0; offset < bytes.length && !failure; offset += PUSH_CHUNK) {
      unzip.push(bytes.subarray(offset, offset + PUSH_CHUNK), offset + PUSH_CHUNK >= bytes.length);
    }
  } catch {
    return { ok: false, reason: "corrupt", path: "" };
  }
  if (failure) return failure;
  return { ok: true, entries, names };
}
