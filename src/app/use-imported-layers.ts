// Imported layers: read from IndexedDB at start, added by a successful import,
// renamed, recoloured, hidden or deleted by the user — every change is written
// to IndexedDB first and shown on the map after. The page holds only each
// layer's record and a blob: URL of its stored GeoJSON, which MapLibre fetches
// and parses in its own worker; code that needs the features loads them on
// demand (imported-layer-features.ts), so a 150 MB layer never has to be read
// or parsed on the main thread to be shown.

import { useCallback, useEffect, useState } from "react";
import type { ImportedLayerRecord } from "../store/database";
import type { LayerChanges, NewLayerInput } from "../store/imported-layer.repository";
import { importedLayerStyles } from "../map/layer-styles";
import type { MapController } from "../map/map-controller";
import { importedLayers } from "./app-database";
import { forgetImportedLayerFeatures } from "./imported-layer-features";
import { importWorker } from "./import-worker-client";

export interface ImportedLayerState {
  record: ImportedLayerRecord;
  /** URL.createObjectURL of the layer's stored GeoJSON blob (the map's data). */
  blobUrl: string;
}

export function importedSourceId(layerId: string): string {
  return `imported-${layerId}`;
}

/** The stored blob of a layer; layers from before v5 have none, and the import worker writes it from their rows. */
async function blobOf(record: ImportedLayerRecord): Promise<Blob> {
  return (await importedLayers.loadBlob(record.id)) ?? (await importWorker().importedLayerBlob(record.id));
}

function stateOf(record: ImportedLayerRecord, blob: Blob): ImportedLayerState {
  return { record, blobUrl: URL.createObjectURL(blob) };
}

export function useImportedLayers(controller: MapController | null) {
  const [layers, setLayers] = useState<ImportedLayerState[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const records = await importedLayers.list();
      const loaded = await Promise.all(records.map(async (record) => stateOf(record, await blobOf(record))));
      if (!cancelled) setLayers(loaded);
    })().catch((reason: unknown) => !cancelled && setError(`Không đọc được các lớp đã nhập: ${String(reason)}`));
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!controller) return;
    for (const { record, blobUrl } of layers) {
      const sourceId = importedSourceId(record.id);
      void controller
        .setLayerFromBlobUrl(sourceId, blobUrl, importedLayerStyles(sourceId, record.color))
        .then(() => controller.setColor(sourceId, record.color))
        .then(() => controller.setVisibility(sourceId, record.visible))
        .then(() => controller.setOpacity(sourceId, record.opacity));
    }
  }, [controller, layers]);

  /** A layer the import worker has already stored (record + the map's blob). */
  const addStored = useCallback(
    (record: ImportedLayerRecord, blob: Blob) => setLayers((current) => [...current, stateOf(record, blob)]),
    [],
  );

  /** Stores a (small) collection from the main thread: KML/GPX/CoT conversions and exchange packages. */
  const add = useCallback(
    async (input: NewLayerInput) => {
      const { record, blob } = await importedLayers.create(input);
      addStored(record, blob);
      return record;
    },
    [addStored],
  );

  const change = useCallback(async (layerId: string, changes: LayerChanges) => {
    const record = await importedLayers.update(layerId, changes);
    setLayers((current) => current.map((layer) => (layer.record.id === layerId ? { ...layer, record } : layer)));
  }, []);

  const remove = useCallback(
    async (layerId: string) => {
      await importedLayers.remove(layerId);
      await controller?.removeLayer(importedSourceId(layerId));
      forgetImportedLayerFeatures(layerId);
      setLayers((current) => {
        for (const layer of current) if (layer.record.id === layerId) URL.revokeObjectURL(layer.blobUrl);
        return current.filter((layer) => layer.record.id !== layerId);
      });
    },
    [controller],
  );

  return { layers, error, add, addStored, change, remove };
}
