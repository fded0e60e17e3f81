// Early warning ("cảnh báo sớm") for a newly placed incident or hotspot:
//  - inside defence land (đất quốc phòng);
//  - inside the border belt (vành đai biên giới, 1,000 m from the border line);
//  - within a configurable distance of a hotspot (the sample hotspot layer or
//    a hotspot the police recorded) that has had incidents recently.
// Pure and worker-safe; the caller builds the context once per data change.

import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { IncidentWarning } from "../../domain/incident";
import { distanceMetres } from "../distances/incident-distance";
import { pointInPolygon } from "../indexes/point-in-polygon";
import type { PolygonIndex } from "../indexes/polygon-index";

export interface WarningHotspot {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

export interface RecentIncident {
  id: string;
  lon: number;
  lat: number;
  occurredAtMs: number;
}

export interface WarningSettings {
  /** Distance from a hotspot that triggers the proximity warning. */
  hotspotProximityMetres: number;
  /** How far back an incident counts as "recent". */
  recentDays: number;
  /** At least this many recent incidents near a hotspot make it "active". */
  minRecentIncidents: number;
}

export const DEFAULT_WARNING_SETTINGS: WarningSettings = { hotspotProximityMetres: 500, recentDays: 30, minRecentIncidents: 1 };

export interface WarningContext {
  defenceLand: PolygonIndex;
  borderBelt: Feature<Polygon | MultiPolygon> | null;
  borderBeltMetres: number;
  hotspots: readonly WarningHotspot[];
  incidents: readonly RecentIncident[];
  settings: WarningSettings;
  now: number;
}

function formatMetres(metres: number): string {
  return `${Math.round(metres).toLocaleString("vi-VN")} m`;
}

function hotspotWarnings(lon: number, lat: number, context: WarningContext, selfId: string | undefined): IncidentWarning[] {
  const { hotspotProximityMetres: radius, recentDays, minRecentIncidents } = context.settings;
  const since = context.now - recentDays * 86_400_000;
  const warnings: IncidentWarning[] = [];
  for (const hotspot of context.hotspots) {
    if (hotspot.id === selfId) continue;
    const distance = distanceMetres(lon, lat, hotspot.lon, hotspot.lat);
    if (distance > radius) continue;
    let recent = 0;
    for (const incident of context.incidents) {
      if (incident.id === selfId || incident.occurredAtMs < since || incident.occurredAtMs > context.now) continue;
      if (distanceMetres(incident.lon, incident.lat, hotspot.lon, hotspot.lat) <= radius) recent += 1;
    }
    if (recent < minRecentIncidents) continue;
    warnings.push({
      kind: "hotspot-proximity",
      message: `Cách điểm nóng "${hotspot.name}" ${formatMetres(distance)}, nơi đã có ${recent} vụ việc trong ${recentDays} ngày qua.`,
    });
  }
  return warnings;
}

export function earlyWarnings(lon: number, lat: number, context: WarningContext, selfId?: string): IncidentWarning[] {
  const warnings: IncidentWarning[] = [];
  const land = context.defenceLand.featureAt(lon, lat);
  if (land) {
    const name = typeof land.properties?.name === "string" ? land.properties.name : "không tên";
    warnings.push({ kind: "defence-land", message: `Nằm trong đất quốc phòng: ${name}.` });
  }
  if (context.borderBelt && pointInPolygon(lon, lat, context.borderBelt.geometry)) {
    warnings.push({ kind: "border-belt", message: `Nằm trong vành đai biên giới (${formatMetres(context.borderBeltMetres)} tính từ đường biên giới).` });
  }
  warnings.push(...hotspotWarnings(lon, lat, context, selfId));
  return warnings;
}
