// The layers an exchange export can carry: the built-in sample layers, the
// imported layers, and the commune police's incidents and hotspots (from the
// incidents store, deleted ones left out) as one point layer.

import { useEffect, useMemo, useState } from "react";
import type { FeatureCollection } from "geojson";
import type { IncidentRecord } from "../domain/incident";
import type { PackageLayer } from "../io/package/package-manifest";
import { incidentRepository } from "./use-incident-repositories";
import { DRILL_DATA_CHANGED, drillDataEvents } from "./use-drill-repositories";
import { useWorkspace } from "./workspace-context";

export const INCIDENT_LAYER_ID = "incident";

export function incidentCollection(records: readonly IncidentRecord[]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: records
      .filter((record) => record.deletedAt === null)
      .map((record) => ({
        type: "Feature",
        id: record.id,
        properties: {
          id: record.id,
          name: record.title,
          kind: record.kind,
          category: record.category,
          severity: record.severity,
          status: record.status,
          occurredAt: record.occurredAt,
          description: record.description,
          village: record.villageName,
          responsibleOfficer: record.responsibleOfficer,
          updatedAt: record.updatedAt,
        },
        geometry: { type: "Point", coordinates: [record.lon, record.lat] },
      })),
  };
}

export function useExchangeLayers(): PackageLayer[] {
  const { builtInLayers, importedLayers } = useWorkspace();
  const [incidents, setIncidents] = useState<IncidentRecord[]>([]);

  useEffect(() => {
    const load = () => void incidentRepository.list().then(setIncidents).catch(() => setIncidents([]));
    load();
    drillDataEvents.addEventListener(DRILL_DATA_CHANGED, load);
    return () => drillDataEvents.removeEventListener(DRILL_DATA_CHANGED, load);
  }, []);

  return useMemo(() => {
    const layers: PackageLayer[] = [];
    for (const layer of builtInLayers) {
      if (layer.data) layers.push({ id: layer.definition.id, name: layer.definition.name, kind: "built-in", color: layer.definition.color, collection: layer.data });
    }
    for (const layer of importedLayers) layers.push({ id: layer.record.id, name: layer.record.name, kind: "imported", color: layer.record.color, collection: layer.data });
    const incidentLayer = incidentCollection(incidents);
    if (incidentLayer.features.length > 0) layers.push({ id: INCIDENT_LAYER_ID, name: "Vụ việc, điểm nóng (Công an xã)", kind: "imported", color: "#e11d48", collection: incidentLayer });
    return layers;
  }, [builtInLayers, importedLayers, incidents]);
}
