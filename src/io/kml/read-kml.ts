// KML → GeoJSON FeatureCollection (via @tmcw/togeojson), after the safety
// check. Styles become simplestyle properties (stroke, fill, marker-color …),
// ExtendedData becomes properties, so an export → import round-trip keeps them.
// A Placemark whose coordinates cannot be read (togeojson gives it a null
// geometry) is kept, so the validation lists it as a problem ("không có hình
// học") instead of it vanishing from the import unmentioned.

import { kml } from "@tmcw/togeojson";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { findUnsafeKmlContent, unsafeKmlMessage } from "./kml-safety";
import { parseXml } from "./parse-xml";

export type ConversionResult = { ok: true; collection: FeatureCollection } | { ok: false; message: string };

export function readKml(text: string, fileName: string): ConversionResult {
  const unsafe = findUnsafeKmlContent(text);
  if (unsafe.length > 0) return { ok: false, message: unsafeKmlMessage(fileName, unsafe) };
  const parsed = parseXml(text, `KML “${fileName}”`);
  if (!parsed.ok) return parsed;
  const converted = kml(parsed.document);
  const features = converted.features as Feature<Geometry>[];
  if (!features.some((feature) => feature.geometry !== null)) {
    return { ok: false, message: `Tệp KML “${fileName}” không có đối tượng nào có tọa độ (Placemark với Point/LineString/Polygon). Chưa có dữ liệu nào được thay đổi.` };
  }
  return { ok: true, collection: { type: "FeatureCollection", features } };
}
