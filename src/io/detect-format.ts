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
  | { kind: "package"; read: PackageReadResult };

export interface ConversionChoices {
  /** Rebuild self-crossing (bow-tie) polygons instead of reporting them. */
  repairSelfCrossing?: boolean;
}

function converted(format: string, conversion: ConversionResult, fileName: string, choices: ConversionChoices = {}): ExchangeConversion {
  if (!conversion.ok) return { kind: "refused", message: conversion.message };
  return { kind: "converted", format, result: validateGeoJsonValue(conversion.collection, { fileName, ...choices }) };
}

async function convertZip(bytes: Uint8Array, fileName: string, choices: ConversionChoices): Promise<ExchangeConversion> {
  const content = await readZipFile(bytes, fileName);
  switch (content.kind) {
    case "package":
      return { kind: "package", read: content.read };
    case "tak":
      return converted("CoT", readCot(content.cotTexts.map((text) => strFromU8(text)), fileName), fileName, choices);
    case "kmz":
      return converted("KMZ", readKml(strFromU8(content.kml), fileName), fileName, choices);
    case "refused":
      return content;
  }
}

const FORMAT_LIMIT: Record<Exclude<DetectedFormat, "geojson" | "unknown">, FileKind> = { zip: "zipFile", kml: "kml", gpx: "gpx", cot: "cot" };

export async function convertExchangeFile(
  file: Blob,
  fileName = "name" in file && typeof file.name === "string" ? file.name : "tệp",
  choices: ConversionChoices = {},
): Promise<ExchangeConversion> {
  const format = detectFormat(fileName, new Uint8Array(await file.slice(0, 4096).arrayBuffer()));
  if (format === "geojson" || format === "unknown") return { kind: "geojson" };
  // The size is checked before the bytes are read: a 6 GB "GPX" never reaches memory.
  const limit = FORMAT_LIMIT[format];
  if (file.size > FILE_SIZE_LIMITS[limit]) return { kind: "refused", message: fileTooLargeMessage(fileName, limit, file.size) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  switch (format) {
    case "zip":
      return convertZip(bytes, fileName, choices);
    case "kml":
      return converted("KML", readKml(strFromU8(bytes), fileName), fileName, choices);
    case "gpx":
      return converted("GPX", readGpx(strFromU8(bytes), fileName), fileName, choices);
    case "cot":
      return converted("CoT", readCot([strFromU8(bytes)], fileName), fileName, choices);
  }
}
