// The layers an exchange export can carry: the built-in sample layers, the
// imported layers, and the commune police's incidents and hotspots (from the
// incidents store, deleted ones left out) as one point layer. Each carries its
// độ mật: an operational layer's from the workspace, an imported layer's from
// its record, the incident layer the highest of its incidents — Tối mật
// incidents are left out of it here and counted, so nothing Tối mật leaves.

import { useMemo } from "react";
import type { FeatureCollection } from "geojson";
import type { IncidentRecord } from "../../domain/incident";
import type { PackageLayer } from "../../io/package/package-manifest";
import { loadImportedLayerFeatures, useLiveIncidents, useWorkspace } from "../workspace";
import { classificationLabel, classificationOf, highestClassification } from "../../domain/classification";
import { CLASSIFICATION_PROPERTY } from "../../io/classification-marks";
import { useLayerClassifications } from "../roles";

export const INCIDENT_LAYER_ID = "incident";
const NO_INCIDENTS: readonly IncidentRecord[] = [];

/** The live incidents that may leave the device (not deleted, not Tối mật), as points; `do_mat` on the marked ones. */
export function incidentCollection(records: readonly IncidentRecord[]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: records
      .filter((record) => record.deletedAt === null && classificationOf(record) !== "toi-mat")
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
          ...(classificationOf(record) === "thuong" ? {} : { [CLASSIFICATION_PROPERTY]: classificationLabel(classificationOf(record)) }),
        },
        geometry: { type: "Point", coordinates: [record.lon, record.lat] },
      })),
  };
}

/** A layer the user may choose to export; an imported layer's features are read only when it is exported. */
export interface ExchangeLayerChoice extends Omit<PackageLayer, "collection"> {
  featureCount: number;
  /** Tối mật features kept back from this layer (incidents). */
  leftOutFeatures: number;
  load: () => Promise<PackageLayer>;
}

function ready(layer: PackageLayer, leftOutFeatures = 0): ExchangeLayerChoice {
  const { collection, ...rest } = layer;
  return { ...rest, featureCount: collection.features.length, leftOutFeatures, load: () => Promise.resolve(layer) };
}

export function loadExchangeLayers(choices: readonly ExchangeLayerChoice[]): Promise<PackageLayer[]> {
  return Promise.all(choices.map((choice) => choice.load()));
}

export function useExchangeLayers(): ExchangeLayerChoice[] {
  const { builtInLayers, importedLayers, record: workspace } = useWorkspace();
  const incidents = useLiveIncidents().rows ?? NO_INCIDENTS;
  const marks = useLayerClassifications(workspace.id);

  return useMemo(() => {
    const layers: ExchangeLayerChoice[] = [];
    for (const layer of builtInLayers) {
      const classification = marks.get(layer.definition.id) ?? "thuong";
      if (layer.data) layers.push(ready({ id: layer.definition.id, name: layer.definition.name, kind: "built-in", color: layer.definition.color, collection: layer.data, classification }));
    }
    for (const { record } of importedLayers) {
      const { id, name, color, featureCount } = record;
      const classification = classificationOf(record);
      layers.push({
        id,
        name,
        kind: "imported",
        color,
        featureCount,
        classification,
        leftOutFeatures: 0,
        load: async () => ({ id, name, kind: "imported", color, classification, collection: await loadImportedLayerFeatures(id) }),
      });
    }
    const incidentLayer = incidentCollection(incidents);
    const live = incidents.filter((record) => record.deletedAt === null);
    const topSecret = live.filter((record) => classificationOf(record) === "toi-mat").length;
    const classification = highestClassification(live.filter((record) => classificationOf(record) !== "toi-mat").map(classificationOf));
    if (live.length > 0) {
      layers.push(ready({ id: INCIDENT_LAYER_ID, name: "Vụ việc, điểm nóng (Công an xã)", kind: "imported", color: "#e11d48", collection: incidentLayer, classification }, topSecret));
    }
    return layers;
  }, [builtInLayers, importedLayers, incidents, marks]);
}
