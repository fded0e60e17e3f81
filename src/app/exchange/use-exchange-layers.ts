// The layers an exchange export can carry: the built-in sample layers, the
// imported layers, and the commune police's incidents and hotspots (from the
// incidents store, deleted ones left out) as one point layer.

import { useMemo } from "react";
import type { FeatureCollection } from "geojson";
import type { IncidentRecord } from "../../domain/incident";
import type { PackageLayer } from "../../io/package/package-manifest";
import { loadImportedLayerFeatures, useLiveIncidents, useWorkspace } from "../workspace";

export const INCIDENT_LAYER_ID = "incident";
const NO_INCIDENTS: readonly IncidentRecord[] = [];

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

/** A layer the user may choose to export; an imported layer's features are read only when it is exported. */
export interface ExchangeLayerChoice extends Omit<PackageLayer, "collection"> {
  featureCount: number;
  load: () => Promise<PackageLayer>;
}

function ready(layer: PackageLayer): ExchangeLayerChoice {
  return { id: layer.id, name: layer.name, kind: layer.kind, color: layer.color, featureCount: layer.collection.features.length, load: () => Promise.resolve(layer) };
}

export function loadExchangeLayers(choices: readonly ExchangeLayerChoice[]): Promise<PackageLayer[]> {
  return Promise.all(choices.map((choice) => choice.load()));
}

export function useExchangeLayers(): ExchangeLayerChoice[] {
  const { builtInLayers, importedLayers } = useWorkspace();
  const incidents = useLiveIncidents().rows ?? NO_INCIDENTS;

  return useMemo(() => {
    const layers: ExchangeLayerChoice[] = [];
    for (const layer of builtInLayers) {
      if (layer.data) layers.push(ready({ id: layer.definition.id, name: layer.definition.name, kind: "built-in", color: layer.definition.color, collection: layer.data }));
    }
    for (const { record } of importedLayers) {
      const { id, name, color, featureCount } = record;
      layers.push({ id, name, kind: "imported", color, featureCount, load: async () => ({ id, name, kind: "imported", color, collection: await loadImportedLayerFeatures(id) }) });
    }
    const incidentLayer = incidentCollection(incidents);
    if (incidentLayer.features.length > 0) layers.push(ready({ id: INCIDENT_LAYER_ID, name: "Vụ việc, điểm nóng (Công an xã)", kind: "imported", color: "#e11d48", collection: incidentLayer }));
    return layers;
  }, [builtInLayers, importedLayers, incidents]);
}
