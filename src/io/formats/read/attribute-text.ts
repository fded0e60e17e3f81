// Turns the text attributes GDAL handed over (see gdal-dataset-reader.ts) back
// into raw bytes, guesses their encoding once for the whole layer and decodes
// every value. Bytes are kept per value so the user can change the guess and
// see the preview change without reading the file again.

import type { Feature, FeatureCollection } from "geojson";
import { detectVietnameseEncoding } from "../text/vietnamese-encoding-detection";
import { decodeVietnameseText, type VietnameseTextEncoding } from "../text/vietnamese-text-decoding";
import { HEX_SUFFIX, type TextSource } from "./gdal-dataset-reader";

const utf8 = new TextEncoder();

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let index = 0; index < bytes.length; index++) bytes[index] = parseInt(hex.substr(index * 2, 2), 16);
  return bytes;
}

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index) & 0xff;
  return bytes;
}

/** One text value still in bytes: the feature and property it belongs to. */
export interface RawText {
  feature: Feature;
  key: string;
  bytes: Uint8Array;
}

/** Collects every text property as bytes (and drops the helper `…\u0001hex` columns). */
export function rawTextsOf(collection: FeatureCollection, source: TextSource): RawText[] {
  const texts: RawText[] = [];
  for (const feature of collection.features) {
    const properties = feature.properties;
    if (!properties) continue;
    for (const key of Object.keys(properties)) {
      const value = properties[key];
      if (key.endsWith(HEX_SUFFIX)) {
        const field = key.slice(0, -HEX_SUFFIX.length);
        delete properties[key];
        if (typeof value === "string" && value.length > 0) texts.push({ feature, key: field, bytes: hexToBytes(value) });
        continue;
      }
      if (typeof value !== "string" || source === "hex") continue;
      texts.push({ feature, key, bytes: source === "latin1" ? latin1Bytes(value) : utf8.encode(value) });
    }
  }
  return texts;
}

/** Up to `count` distinct values with non-ASCII bytes: what detection and the preview look at. */
export function sampleTexts(texts: readonly RawText[], count = 200): Uint8Array[] {
  const seen = new Set<string>();
  const samples: Uint8Array[] = [];
  for (const text of texts) {
    if (samples.length >= count) break;
    if (!text.bytes.some((byte) => byte >= 0x80)) continue;
    const key = text.bytes.join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    samples.push(text.bytes);
  }
  return samples;
}

export function guessEncoding(texts: readonly RawText[]): VietnameseTextEncoding {
  return detectVietnameseEncoding(sampleTexts(texts));
}

/** Decodes every value; cadastral attributes repeat (village, land type), so each distinct byte string is decoded once. */
export function decodeTexts(texts: readonly RawText[], encoding: VietnameseTextEncoding): void {
  const decoded = new Map<string, string>();
  for (const text of texts) {
    if (!text.feature.properties) continue;
    const key = text.bytes.length <= 256 ? String.fromCharCode.apply(null, text.bytes as unknown as number[]) : null;
    let value = key === null ? undefined : decoded.get(key);
    if (value === undefined) {
      value = decodeVietnameseText(text.bytes, encoding).replace(/\s+$/, "");
      if (key !== null && decoded.size < 100_000) decoded.set(key, value);
    }
    text.feature.properties[text.key] = value;
  }
}
