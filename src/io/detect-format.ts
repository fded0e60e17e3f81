// Recognises what a file given to "Nhập dữ liệu" is — GeoJSON, KML, KMZ,
// GPX, Cursor-on-Target (a .cot event or a TAK data package) or the app's
// exchange package — from its first bytes (zip signature, XML root element,
// JSON), falling back on the extension, and converts the non-GeoJSON ones.
// Converted features go through the same GeoJSON validation as any import.
// Every kind has a size cap (file-size-limits.ts), checked before reading.
// Worker-safe (no DOM): runs in the import worker.

import { strFromU8 } from "fflate";
import { FILE_SIZE_LIMITS, fileTooLargeMessage, type FileKind } from "./file-size-limits";
import { readCot } from "./cot/read-cot";
import { readGpx } from "./gpx/read-gpx";
import { readKml, type ConversionResult } from "./kml/read-kml";
import type { PackageReadResult } from "./package/read-package";
import { validateGeoJsonValue, type ValidationResult } from "./validate-geojson";
import { readZipFile } from "./zip/read-zip-file";
import { decryptPackage } from "./package/encrypted-package";

export type DetectedFormat = "geojson" | "kml" | "gpx" | "cot" | "zip" | "unknown";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export function detectFormat(fileName: string, head: Uint8Array): DetectedFormat {
  if (ZIP_SIGNATURE.every((byte, index) => head[index] === byte)) return "zip";
  const text = strFromU8(head.subarray(0, 4096)).replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{") || text.startsWith("[")) return "geojson";
  if (text.startsWith("<")) {
    const root = /<(?!\?|!)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.replace(/<!--[\s\S]*?-->/g, ""))?.[2]?.toLowerCase();
    if (root === "kml") return "kml";
    if (root === "gpx") return "gpx";
    if (root === "event" || root === "events") return "cot";
  }
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "kml") return "kml";
  if (extension === "gpx") return "gpx";
  if (extension === "cot") return "cot";
  if (extension === "zip" || extension === "kmz") return "zip";
  return extension === "geojson" || extension === "json" ? "geojson" : "unknown";
}

export type ExchangeConversion =
  | { kind: "geojson" }
  | { kind: "converted"; format: string; result: ValidationResult }
  | { kind: "refused"; message: string }
  | { kind: "package"; read: PackageReadResult }
  /** An encrypted package and no passphrase, or a wrong one (`message` says so): ask the user, nothing was read. */
  | { kind: "passphrase-needed"; message: string | null };

function converted(format: string, conversion: ConversionResult, fileName: string): ExchangeConversion {
  if (!conversion.ok) return { kind: "refused", message: conversion.message };
  return { kind: "converted", format, result: validateGeoJsonValue(conversion.collection, { fileName }) };
}

async function convertZip(bytes: Uint8Array, fileName: string, passphrase?: string): Promise<ExchangeConversion> {
  const content = await readZipFile(bytes, fileName);
  switch (content.kind) {
    case "package":
      return { kind: "package", read: content.read };
    case "encrypted":
      return openEncrypted(content.manifest, content.payload, fileName, passphrase);
    case "tak":
      return converted("CoT", readCot(content.cotTexts.map((text) => strFromU8(text)), fileName), fileName);
    case "kmz":
      return converted("KMZ", readKml(strFromU8(content.kml), fileName), fileName);
    case "refused":
      return content;
  }
}

/** Decrypts, then reads the clear package inside as any package (checksums, schemas); only a plain package may be inside. */
async function openEncrypted(manifest: unknown, payload: Uint8Array, fileName: string, passphrase?: string): Promise<ExchangeConversion> {
  if (passphrase === undefined) return { kind: "passphrase-needed", message: null };
  const opened = await decryptPackage(manifest, payload, passphrase, fileName);
  if (!opened.ok) return opened.wrongPassphrase ? { kind: "passphrase-needed", message: opened.message } : { kind: "refused", message: opened.message };
  const inner = await readZipFile(opened.clearZip, fileName);
  if (inner.kind === "package") return { kind: "package", read: inner.read };
  return { kind: "refused", message: inner.kind === "refused" ? inner.message : `Gói mã hóa “${fileName}” không chứa gói trao đổi dữ liệu. Chưa có dữ liệu nào được thay đổi.` };
}

const FORMAT_LIMIT: Record<Exclude<DetectedFormat, "geojson" | "unknown">, FileKind> = { zip: "zipFile", kml: "kml", gpx: "gpx", cot: "cot" };

/** `passphrase`: for an encrypted package (asked from the user after a first "passphrase-needed" answer). */
export async function convertExchangeFile(file: Blob, fileName = "name" in file && typeof file.name === "string" ? file.name : "tệp", passphrase?: string): Promise<ExchangeConversion> {
  const format = detectFormat(fileName, new Uint8Array(await file.slice(0, 4096).arrayBuffer()));
  if (format === "geojson" || format === "unknown") return { kind: "geojson" };
  // The size is checked before the bytes are read: a 6 GB "GPX" never reaches memory.
  const limit = FORMAT_LIMIT[format];
  if (file.size > FILE_SIZE_LIMITS[limit]) return { kind: "refused", message: fileTooLargeMessage(fileName, limit, file.size) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  switch (format) {
    case "zip":
      return convertZip(bytes, fileName, passphrase);
    case "kml":
      return converted("KML", readKml(strFromU8(bytes), fileName), fileName);
    case "gpx":
      return converted("GPX", readGpx(strFromU8(bytes), fileName), fileName);
    case "cot":
      return converted("CoT", readCot([strFromU8(bytes)], fileName), fileName);
  }
}
