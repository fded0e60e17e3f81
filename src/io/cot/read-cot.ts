// Cursor-on-Target XML → GeoJSON points: one <event> (the usual .cot file),
// or several under any wrapper element. Each needs uid, type and a <point>
// with numeric lat/lon in range; events missing them are reported by number.

import type { Element } from "@xmldom/xmldom";
import type { Feature, Point } from "geojson";
import { parseXml } from "../kml/parse-xml";
import type { ConversionResult } from "../kml/read-kml";

function firstChild(element: Element, name: string): Element | null {
  const found = element.getElementsByTagName(name);
  return found.length > 0 ? found[0] : null;
}

function eventFeature(event: Element, index: number, problems: string[]): Feature<Point> | null {
  const uid = event.getAttribute("uid");
  const type = event.getAttribute("type");
  const point = firstChild(event, "point");
  const lat = Number(point?.getAttribute("lat"));
  const lon = Number(point?.getAttribute("lon"));
  if (!uid || !type || !point || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    problems.push(`sự kiện thứ ${index + 1}${uid ? ` (uid ${uid})` : ""} thiếu uid, type hoặc tọa độ <point lat lon> hợp lệ`);
    return null;
  }
  const contact = firstChild(event, "contact");
  const remarks = firstChild(event, "remarks");
  const hae = Number(point.getAttribute("hae"));
  const properties: Record<string, string | number> = {
    name: contact?.getAttribute("callsign") || uid,
    cotUid: uid,
    cotType: type,
    how: event.getAttribute("how") ?? "",
    time: event.getAttribute("time") ?? "",
    stale: event.getAttribute("stale") ?? "",
    remarks: remarks?.textContent ?? "",
  };
  const coordinates = Number.isFinite(hae) && hae !== 9_999_999 ? [lon, lat, hae] : [lon, lat];
  return { type: "Feature", properties, geometry: { type: "Point", coordinates } };
}

export function readCot(texts: readonly string[], fileName: string): ConversionResult {
  const features: Feature<Point>[] = [];
  const problems: string[] = [];
  for (const text of texts) {
    const parsed = parseXml(text, `CoT “${fileName}”`);
    if (!parsed.ok) return parsed;
    const root = parsed.document.documentElement;
    if (!root) continue;
    const events = root.localName === "event" ? [root] : Array.from(root.getElementsByTagName("event"));
    for (const event of events) {
      const feature = eventFeature(event, features.length + problems.length, problems);
      if (feature) features.push(feature);
    }
  }
  if (problems.length > 0) {
    return { ok: false, message: `Tệp CoT “${fileName}” có lỗi: ${problems.slice(0, 5).join("; ")}. Chưa có dữ liệu nào được thay đổi.` };
  }
  if (features.length === 0) return { ok: false, message: `Tệp “${fileName}” không có sự kiện CoT (<event>) nào. Chưa có dữ liệu nào được thay đổi.` };
  return { ok: true, collection: { type: "FeatureCollection", features } };
}
