// What a position means for an incident: its village and commune (village
// attribution), whether the typed coordinates are in the commune's area, and
// the early warnings (defence land, border belt, active hotspots). Indexes
// are built once per data change from the built-in sample layers.

import { useCallback, useMemo } from "react";
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from "geojson";
import { bbox } from "@turf/turf";
import type { IncidentRecord } from "../../domain/incident";
import { borderBelt } from "../../geo/border-protection/border-belt";
import type { AreaOfInterest } from "../../geo/coordinates/coordinate-area";
import { earlyWarnings, type RecentIncident, type WarningContext, type WarningHotspot } from "../../geo/incidents/incident-early-warning";
import { VillageLocator } from "../../geo/incidents/incident-village-attribution";
import { PolygonIndex, type PolygonFeature } from "../../geo/indexes/polygon-index";
import type { IncidentPlacement } from "../../store/incidents/incident.repository";
import type { IncidentSettings } from "../../store/incidents/incident-settings.repository";
import { useBuiltInLayerData } from "../workspace";

const MAX_DISTANCE_FROM_COMMUNE_KM = 20;
const INACTIVE_STATUSES = new Set(["da-giai-quyet", "luu-tru"]);

function sampleHotspots(layer: FeatureCollection | null): WarningHotspot[] {
  return (layer?.features ?? [])
    .filter((feature): feature is Feature<Point> => feature.geometry?.type === "Point")
    .map((feature) => ({
      id: String(feature.properties?.id ?? feature.id),
      name: String(feature.properties?.name ?? "Điểm nóng"),
      lon: feature.geometry.coordinates[0],
      lat: feature.geometry.coordinates[1],
    }));
}

export function useIncidentPlacement(records: readonly IncidentRecord[] | null, settings: IncidentSettings) {
  const villages = useBuiltInLayerData("village");
  const commune = useBuiltInLayerData("commune");
  const defenceLand = useBuiltInLayerData("defence-land");
  const borderLine = useBuiltInLayerData("border-line");
  const hotspotLayer = useBuiltInLayerData("hotspot");

  const locator = useMemo(() => new VillageLocator(villages, commune), [villages, commune]);
  const defenceIndex = useMemo(() => new PolygonIndex((defenceLand?.features ?? []) as PolygonFeature[]), [defenceLand]);
  const belt = useMemo(() => {
    const line = borderLine?.features[0] as Feature<LineString | MultiLineString> | undefined;
    const area = commune?.features[0] as Feature<Polygon | MultiPolygon> | undefined;
    return line && area ? borderBelt(line, area, settings.borderBeltMetres) : null;
  }, [borderLine, commune, settings.borderBeltMetres]);

  const area = useMemo<AreaOfInterest | undefined>(() => {
    const feature = commune?.features[0];
    if (!feature) return undefined;
    const name = String(feature.properties?.name ?? "xã").replace(/\s*\(.*\)$/, "");
    return { name, bbox: bbox(feature) as AreaOfInterest["bbox"], maxDistanceKm: MAX_DISTANCE_FROM_COMMUNE_KM };
  }, [commune]);

  const { hotspots, incidents } = useMemo(() => {
    const hotspots: WarningHotspot[] = sampleHotspots(hotspotLayer);
    const incidents: RecentIncident[] = [];
    for (const record of records ?? []) {
      if (record.deletedAt) continue;
      if (record.kind === "hotspot" && !INACTIVE_STATUSES.has(record.status)) {
        hotspots.push({ id: record.id, name: record.title || "Điểm nóng", lon: record.lon, lat: record.lat });
      }
      if (record.kind === "incident") incidents.push({ id: record.id, lon: record.lon, lat: record.lat, occurredAtMs: Date.parse(record.occurredAt) });
    }
    return { hotspots, incidents };
  }, [hotspotLayer, records]);

  const place = useCallback(
    (lon: number, lat: number, selfId?: string): IncidentPlacement & { insideCommune: boolean } => {
      const context: WarningContext = {
        defenceLand: defenceIndex,
        borderBelt: belt,
        borderBeltMetres: settings.borderBeltMetres,
        hotspots,
        incidents,
        settings: { hotspotProximityMetres: settings.hotspotProximityMetres, recentDays: settings.recentDays, minRecentIncidents: 1 },
        now: Date.now(),
      };
      const { insideCommune, ...attribution } = locator.locate(lon, lat);
      return { ...attribution, insideCommune, warnings: earlyWarnings(lon, lat, context, selfId) };
    },
    [belt, defenceIndex, hotspots, incidents, locator, settings],
  );

  return { place, area, ready: Boolean(villages && commune && defenceLand && borderLine) };
}
