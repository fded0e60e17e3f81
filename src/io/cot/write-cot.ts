// Points → Cursor-on-Target 2.0 events (the XML ATAK/WinTAK load): one
// <event> per point with uid, type, how, time/start/stale, <point> with
// lat/lon/hae/ce/le, and <detail> with <contact callsign> and <remarks>.
// Several events travel as a TAK data package (see cot-data-package.ts).

import type { Feature, FeatureCollection, Point } from "geojson";
import { escapeXml } from "../kml/parse-xml";
import { COT_HOW_MANUAL, COT_UNKNOWN, cotTypeFor } from "./cot-types";

export interface CotEvent {
  uid: string;
  type: string;
  how: string;
  time: string;
  start: string;
  stale: string;
  lat: number;
  lon: number;
  hae: number;
  ce: number;
  le: number;
  callsign: string;
  remarks: string;
}

/** Static map objects stay valid for a year in TAK clients. */
const STALE_DAYS = 365;

export function eventXml(event: CotEvent): string {
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<event version="2.0" uid="${escapeXml(event.uid)}" type="${escapeXml(event.type)}" how="${escapeXml(event.how)}" time="${event.time}" start="${event.start}" stale="${event.stale}">`,
    `<point lat="${event.lat}" lon="${event.lon}" hae="${event.hae}" ce="${event.ce}" le="${event.le}"/>`,
    `<detail><contact callsign="${escapeXml(event.callsign)}"/><remarks>${escapeXml(event.remarks)}</remarks></detail>`,
    `</event>`,
  ].join("\n");
}

function remarksOf(properties: Record<string, unknown>, layerName: string): string {
  const parts = [layerName];
  for (const key of ["description", "category", "severity", "status", "condition", "unit", "strength", "note"]) {
    const value = properties[key];
    if (value !== undefined && value !== null && value !== "") parts.push(`${key}: ${String(value)}`);
  }
  return parts.join(" · ");
}

/** Events for the point features of one layer (other geometries are skipped: CoT points only). */
export function cotEventsFor(layerId: string, layerName: string, collection: FeatureCollection, now: Date): CotEvent[] {
  const time = now.toISOString();
  const stale = new Date(now.getTime() + STALE_DAYS * 86_400_000).toISOString();
  return collection.features
    .filter((feature): feature is Feature<Point> => feature.geometry?.type === "Point")
    .map((feature, index) => {
      const properties = feature.properties ?? {};
      const [lon, lat, hae] = feature.geometry.coordinates;
      const id = String(properties.id ?? feature.id ?? `${layerId}-${index + 1}`);
      return {
        uid: typeof properties.cotUid === "string" ? properties.cotUid : `vn-qpan-${layerId}-${id}`,
        type: typeof properties.cotType === "string" ? properties.cotType : cotTypeFor(layerId),
        how: COT_HOW_MANUAL,
        time,
        start: time,
        stale,
        lat,
        lon,
        hae: hae ?? COT_UNKNOWN,
        ce: COT_UNKNOWN,
        le: COT_UNKNOWN,
        callsign: String(properties.label ?? properties.name ?? id),
        remarks: remarksOf(properties, layerName),
      };
    });
}
