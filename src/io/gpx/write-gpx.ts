// GeoJSON → GPX 1.1: points become waypoints (wpt), lines tracks (trk with one
// trkseg per part). GPX has no areas: polygons are written as a closed track of
// their outer ring and counted, so the caller can say so.

import type { Feature, FeatureCollection, Position } from "geojson";
import { escapeXml } from "../kml/parse-xml";

function nameOf(feature: Feature): string {
  const properties = feature.properties ?? {};
  return String(properties.name ?? properties.label ?? feature.id ?? "");
}

function descriptionOf(feature: Feature): string {
  const properties = feature.properties ?? {};
  return typeof properties.description === "string" ? properties.description : typeof properties.note === "string" ? properties.note : "";
}

function point([lon, lat, ele]: Position, tag: "wpt" | "trkpt", inner = ""): string {
  const elevation = ele !== undefined ? `<ele>${ele}</ele>` : "";
  return `<${tag} lat="${lat}" lon="${lon}">${elevation}${inner}</${tag}>`;
}

function meta(feature: Feature): string {
  const description = descriptionOf(feature);
  return `<name>${escapeXml(nameOf(feature))}</name>${description ? `<desc>${escapeXml(description)}</desc>` : ""}`;
}

function track(feature: Feature, segments: Position[][]): string {
  return `<trk>${meta(feature)}${segments.map((segment) => `<trkseg>${segment.map((position) => point(position, "trkpt")).join("")}</trkseg>`).join("")}</trk>`;
}

/** `description`: the file's metadata line (e.g. its độ mật, "MẬT – Xã …"). */
export function writeGpx(collection: FeatureCollection, creator = "Bản đồ số quốc phòng – an ninh xã", description = ""): { xml: string; polygonsAsTracks: number } {
  const waypoints: string[] = [];
  const tracks: string[] = [];
  let polygonsAsTracks = 0;
  for (const feature of collection.features) {
    const geometry = feature.geometry;
    if (!geometry) continue;
    if (geometry.type === "Point") waypoints.push(point(geometry.coordinates, "wpt", meta(feature)));
    if (geometry.type === "MultiPoint") for (const position of geometry.coordinates) waypoints.push(point(position, "wpt", meta(feature)));
    if (geometry.type === "LineString") tracks.push(track(feature, [geometry.coordinates]));
    if (geometry.type === "MultiLineString") tracks.push(track(feature, geometry.coordinates));
    if (geometry.type === "Polygon") {
      polygonsAsTracks += 1;
      tracks.push(track(feature, [geometry.coordinates[0]]));
    }
    if (geometry.type === "MultiPolygon") {
      polygonsAsTracks += 1;
      tracks.push(track(feature, geometry.coordinates.map((polygon) => polygon[0])));
    }
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="${escapeXml(creator)}" xmlns="http://www.topografix.com/GPX/1/1">\n${description ? `<metadata><desc>${escapeXml(description)}</desc></metadata>\n` : ""}${[...waypoints, ...tracks].join("\n")}\n</gpx>\n`;
  return { xml, polygonsAsTracks };
}
