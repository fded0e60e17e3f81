// Imported layers: read from IndexedDB at start, added by a successful import,
// renamed, recoloured, hidden or deleted by the user — every change is written
// to IndexedDB first and shown on the map after.

import { useCallback, useEffect, useState } from "react";
import type { FeatureCollection } from "geojson";
import type { ImportedLayerRecord } from "../store/database";
import type { LayerChanges, NewLayerInput } from "../store/imported-layer.repository";
import { importedLayerStyles } from "../map/layer-styles";
import type { MapController } from "../map/map-controller";
import { importedLayers } from "./app-database";

export interface ImportedLayerState {
  record: ImportedLayerRecord;
  data: FeatureCollection;
}

export function importedSourceId(layerId: string): string {
  return `imported-${layerId}`;
}

export function useImportedLayers(controller: MapController | null) {
  const [layers, setLayers] = useState<ImportedLayerState[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const records = await importedLayers.list();
      const loaded = await Promise.all(records.map(async (record) => ({ record, data: await importedLayers.loadFeatures(record.id) })));
      if (!cancelled) setLayers(loaded);
    })().catch((reason: unknown) => !cancelled && setError(`Không đọc được các lớp đã nhập: ${String(reason)}`));
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!controller) return;
    for (const { record, data } of layers) {
      const sourceId = importedSourceId(record.id);
      void controller
        .setLayer(sourceId, data, importedLayerStyles(sourceId, record.color))
        .then(() => controller.setColor(sourceId, record.color))
        .then(() => controller.setVisibility(sourceId, record.visible))
        .then(() => controller.setOpacity(sourceId, record.opacity));
    }
  }, [controller, layers]);

  const add = useCallback(async (input: NewLayerInput) => {
    const record = await importedLayers.create(input);
    setLayers((current) => [...current, { record, data: input.collection }]);
    return record;
  }, []);

  const change = useCallback(async (layerId: string, changes: LayerChanges) => {
    const record = await importedLayers.update(layerId, changes);
    setLayers((current) => current.map((layer) => (layer.record.id === layerId ? { ...layer, record } : layer)));
  }, []);

  const remove = useCallback(
    async (layerId: string) => {
      await importedLayers.remove(layerId);
      await controller?.removeLayer(importedSourceId(layerId));
      setLayers((current) => current.filter((layer) => layer.record.id !== layerId));
    },
    [controller],
  );

  return { layers, error, add, change, remove };
}
