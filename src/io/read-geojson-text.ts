// Turns the text of an import file into a JSON value, or into the single
// whole-file problem that stops the import: too large, empty, or not JSON.

import type { GeoJsonProblem } from "./geojson-problem";
import { emptyFileMessage, notJsonMessage, tooLargeMessage } from "./file-messages";
import { syntaxErrorLocation } from "./json-syntax-error-location";

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export interface ReadTextOptions {
  maxBytes?: number;
  fileName?: string;
  /** The file's size in bytes when known (File.size); otherwise measured from the text as UTF-8. */
  byteLength?: number;
}

export type ReadTextResult = { ok: true; value: unknown } | { ok: false; problem: GeoJsonProblem };

export function readGeoJsonText(text: string, options: ReadTextOptions = {}): ReadTextResult {
  const { fileName, maxBytes = DEFAULT_MAX_BYTES } = options;
  const bytes = options.byteLength ?? utf8ByteLengthBeyond(text, maxBytes);
  if (bytes > maxBytes) {
    return fileProblem("too-large", tooLargeMessage(fileName, bytes, maxBytes));
  }
  // \s covers the byte-order mark too; JSON.parse does not accept it, so strip it.
  if (!/\S/.test(text)) return fileProblem("empty-file", emptyFileMessage(fileName));
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    const engineMessage = error instanceof Error ? error.message : String(error);
    const { line, column } = syntaxErrorLocation(json, engineMessage);
    return {
      ok: false,
      problem: {
        kind: "not-json",
        featureIndex: null,
        path: "",
        message: notJsonMessage(fileName, engineMessage, line, column),
        ...(line === undefined ? {} : { line, column }),
      },
    };
  }
}

function fileProblem(kind: "too-large" | "empty-file", message: string): ReadTextResult {
  return { ok: false, problem: { kind, featureIndex: null, path: "", message } };
}

/**
 * UTF-8 size of `text`, measured exactly only when the answer against `limit`
 * is not already known: each UTF-16 unit encodes to 1–3 bytes.
 */
function utf8ByteLengthBeyond(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4; // a surrogate pair is one code point of 4 bytes
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff; // NaN past the end is not
}
