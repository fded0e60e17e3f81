// GPX 1.1 → GeoJSON (via @tmcw/togeojson): tracks and routes as lines,
// waypoints as points. `readGpxTrack` takes only the track/route lines, for
// a patrol log; a GPX file without any is refused with a clear message.

import { gpx } from "@tmcw/togeojson";
import type { FeatureCollection, LineString, MultiLineString, Position } from "geojson";
import { parseXml } from "../kml/parse-xml";
import type { ConversionResult } from "../kml/read-kml";

export function readGpx(text: string, fileName: string): ConversionResult {
  const parsed = parseXml(text, `GPX “${fileName}”`);
  if (!parsed.ok) return parsed;
  if (parsed.document.documentElement?.localName !== "gpx") {
    return { ok: false, message: `Tệp “${fileName}” không phải GPX (thiếu thẻ gốc <gpx>). Chưa có dữ liệu nào được thay đổi.` };
  }
  const collection: FeatureCollection = gpx(parsed.document);
  if (collection.features.length === 0) {
    return { ok: false, message: `Tệp GPX “${fileName}” không có hành trình, tuyến hay điểm nào. Chưa có dữ liệu nào được thay đổi.` };
  }
  return { ok: true, collection };
}

export type TrackResult = { ok: true; track: LineString | MultiLineString; pointCount: number } | { ok: false; message: string };

export function readGpxTrack(text: string, fileName: string): TrackResult {
  const read = readGpx(text, fileName);
  if (!read.ok) return read;
  const lines: Position[][] = [];
  for (const feature of read.collection.features) {
    const geometry = feature.geometry;
    if (geometry?.type === "LineString") lines.push(geometry.coordinates);
    if (geometry?.type === "MultiLineString") lines.push(...geometry.coordinates);
  }
  const usable = lines.filter((line) => line.length >= 1);
  if (usable.length === 0) {
    return { ok: false, message: `Tệp GPX “${fileName}” không có hành trình (trk/rte) nào — chỉ có điểm đánh dấu. Hãy xuất lại hành trình tuần tra từ máy GPS. Chưa có dữ liệu nào được thay đổi.` };
  }
  const pointCount = usable.reduce((sum, line) => sum + line.length, 0);
  const track: LineString | MultiLineString = usable.length === 1 ? { type: "LineString", coordinates: usable[0] } : { type: "MultiLineString", coordinates: usable };
  return { ok: true, track, pointCount };
}
