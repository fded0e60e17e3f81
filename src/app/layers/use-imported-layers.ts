// Imported layers: read from IndexedDB at start, added by a successful import,
// renamed, recoloured, hidden or deleted by the user — every change is written
// to IndexedDB first and shown on the map after. The page holds only each
// layer's record and either a blob: URL of its stored GeoJSON, which MapLibre
// fetches and parses in its own worker, or — for large layers — nothing: the
// map reads the layer's vector tiles in view from IndexedDB
// (`importedtiles://`). Code that needs the features loads them on demand
// (imported-layer-features.ts), so a 150 MB layer never has to be read or
// parsed on the main thread to be shown.

import { useCallback, useEffect, useState } from "react";
import type { ImportedLayerRecord } from "../../store/database";
import type { LayerChanges, NewLayerInput } from "../../store/imported-layer.repository";
import { importedLayerStyles } from "../../map/layer-styles";
import { importedTilesUrl, registerImportedTileProtocol } from "../../map/imported-tile-protocol";
import { VECTOR_TILE_LAYER } from "../../io/vector-tiles/cut-vector-tiles";
import { readLayerTile } from "../../store/layer-tile.repository";
import type { MapController } from "../../map/map-controller";
import { appDatabase, importedLayers, storageErrorMessage } from "../workspace";
import { forgetImportedLayerFeatures } from "../workspace";
import { importWorker } from "../workspace";

export interface ImportedLayerState {
  record: ImportedLayerRecord;
  /** URL.createObjectURL of the layer's stored GeoJSON blob (the map's data); null when drawn from vector tiles. */
  blobUrl: string | null;
}

export function importedSourceId(layerId: string): string {
  return `imported-${layerId}`;
}

/** The stored blob of a layer (none for tiled layers); layers from before v5 have none, and the import worker writes it from their rows. */
async function blobOf(record: ImportedLayerRecord): Promise<Blob | null> {
  if (record.vectorTiles) return null;
  return (await importedLayers.loadBlob(record.id)) ?? (await importWorker().importedLayerBlob(record.id));
}

function stateOf(record: ImportedLayerRecord, blob: Blob | null): ImportedLayerState {
  return { record, blobUrl: blob && URL.createObjectURL(blob) };
}

function showLayer(controller: MapController, { record, blobUrl }: ImportedLayerState): Promise<void> {
  const sourceId = importedSourceId(record.id);
  if (record.vectorTiles) {
    registerImportedTileProtocol((layerId, z, x, y) => readLayerTile(appDatabase, layerId, z, x, y));
    const styles = importedLayerStyles(sourceId, record.color, VECTOR_TILE_LAYER);
    return controller.setLayerFromVectorTiles(sourceId, importedTilesUrl(record.id), record.vectorTiles.maxZoom, record.bbox, styles);
  }
  if (!blobUrl) return Promise.reject(new Error(`Lớp “${record.name}” không có dữ liệu bản đồ.`));
  return controller.setLayerFromBlobUrl(sourceId, blobUrl, importedLayerStyles(sourceId, record.color));
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
    })().catch((reason: unknown) => !cancelled && setError(`Không đọc được các lớp đã nhập: ${storageErrorMessage(reason)}`));
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!controller) return;
    for (const layer of layers) {
      const { record } = layer;
      const sourceId = importedSourceId(record.id);
      void showLayer(controller, layer)
        .then(() => controller.setColor(sourceId, record.color))
        .then(() => controller.setVisibility(sourceId, record.visible))
        .then(() => controller.setOpacity(sourceId, record.opacity));
    }
  }, [controller, layers]);

  /** A layer the import worker has already stored (record + the map's blob). */
  const addStored = useCallback(
    (record: ImportedLayerRecord, blob: Blob | null) => setLayers((current) => [...current, stateOf(record, blob)]),
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
        for (const layer of current) if (layer.record.id === layerId && layer.blobUrl) URL.revokeObjectURL(layer.blobUrl);
        return current.filter((layer) => layer.record.id !== layerId);
      });
    },
    [controller],
  );

  return { layers, error, add, addStored, change, remove };
}
