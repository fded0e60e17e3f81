// Imported layers, live from IndexedDB: added by an import (stored by the
// import worker or the page), renamed, recoloured, hidden or deleted by the
// user — here or in another tab — every change is only written, and the map
// follows what is stored. The page holds only each layer's record and either a blob: URL of its stored GeoJSON, which MapLibre
// fetches and parses in its own worker, or — for large layers — nothing: the
// map reads the layer's vector tiles in view from IndexedDB
// (`importedtiles://`, opened in the layer tile worker). Code that needs the features loads them on demand
// (imported-layer-features.ts), so a 150 MB layer never has to be read or
// parsed on the main thread to be shown.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ImportedLayerRecord } from "../../store/database";
import type { LayerChanges, NewLayerInput } from "../../store/layers/imported-layer.repository";
import { importedLayerStyles } from "../../map/styles/layer-styles";
import { importedTilesUrl, registerImportedTileProtocol } from "../../map/layers/imported-tile-protocol";
import { VECTOR_TILE_LAYER } from "../../io/vector-tiles/cut-vector-tiles";
import { importedSourceId } from "../../map/layers/imported-source-id";
import type { MapController } from "../../map/map-controller";
import { forgetImportedLayerFeatures, importedLayers, importWorker, keepValid, layerTileWorker, storageErrorMessage, useLiveData, userErrorMessage } from "../workspace";

export interface ImportedLayerState {
  record: ImportedLayerRecord;
  /** URL.createObjectURL of the layer's stored GeoJSON blob (the map's data); null when drawn from vector tiles. */
  blobUrl: string | null;
}

/** The stored blob of a layer (none for tiled layers); layers from before v5 have none, and the import worker writes it from their rows. */
async function blobOf(record: ImportedLayerRecord): Promise<Blob | null> {
  if (record.vectorTiles) return null;
  return (await importedLayers.loadBlob(record.id)) ?? (await importWorker().importedLayerBlob(record.id));
}

function showLayer(controller: MapController, { record, blobUrl }: ImportedLayerState): Promise<void> {
  const sourceId = importedSourceId(record.id);
  if (record.vectorTiles) {
    registerImportedTileProtocol((layerId, z, x, y) => layerTileWorker().readTile(layerId, z, x, y));
    const styles = importedLayerStyles(sourceId, record.color, VECTOR_TILE_LAYER);
    return controller.setLayerFromVectorTiles(sourceId, importedTilesUrl(record.id), record.vectorTiles.maxZoom, record.bbox, styles);
  }
  if (!blobUrl) return Promise.reject(new Error(`Lớp “${record.name}” không có dữ liệu bản đồ.`));
  return controller.setLayerFromBlobUrl(sourceId, blobUrl, importedLayerStyles(sourceId, record.color));
}

export function useImportedLayers(controller: MapController | null) {
  const live = useLiveData(() => importedLayers.list(), []);
  // A layer record failing its schema is quarantined ("Dữ liệu lỗi"), never drawn.
  const validRecords = useMemo(() => (live.data ? [...keepValid("importedLayers", live.data)] : live.data), [live.data]);
  const stored = { data: validRecords, error: live.error };
  const blobUrls = useLayerBlobUrls(stored.data);
  const [writeError, setError] = useState<string | null>(null);
  const error = writeError ?? blobUrls.error ?? (stored.error ? `Không đọc được các lớp đã nhập: ${storageErrorMessage(stored.error)}` : null);

  // A layer is shown once its blob URL is known (tiled layers have none to wait for).
  const layers = useMemo<ImportedLayerState[]>(
    () => (stored.data ?? []).filter((record) => blobUrls.urls.has(record.id)).map((record) => ({ record, blobUrl: blobUrls.urls.get(record.id) ?? null })),
    [stored.data, blobUrls.urls],
  );

  const shown = useRef(new Set<string>());
  useEffect(() => {
    if (!controller) return;
    const current = new Set(layers.map((layer) => layer.record.id));
    for (const layerId of shown.current) {
      // Deleted here or in another tab: off the map, and its cached features forgotten.
      if (!current.has(layerId)) {
        void controller.removeLayer(importedSourceId(layerId));
        forgetImportedLayerFeatures(layerId);
      }
    }
    shown.current = current;
    for (const layer of layers) {
      const { record } = layer;
      const sourceId = importedSourceId(record.id);
      void showLayer(controller, layer)
        .then(() => controller.setColor(sourceId, record.color))
        .then(() => controller.setVisibility(sourceId, record.visible))
        .then(() => controller.setOpacity(sourceId, record.opacity))
        .catch((reason: unknown) => setError(userErrorMessage(reason, "Không thực hiện được thao tác với lớp này. Dữ liệu đã lưu vẫn còn nguyên.")));
    }
  }, [controller, layers]);

  /** Stores a (small) collection from the main thread: KML/GPX/CoT conversions and exchange packages. */
  const add = useCallback(async (input: NewLayerInput) => (await importedLayers.create(input)).record, []);

  const change = useCallback(async (layerId: string, changes: LayerChanges) => {
    await importedLayers.update(layerId, changes);
  }, []);

  const remove = useCallback(async (layerId: string) => {
    await importedLayers.remove(layerId);
  }, []);

  return { layers, error, add, change, remove };
}

/** One blob: URL per stored layer (null for tiled layers), made when a layer appears and revoked when it is gone. */
function useLayerBlobUrls(records: readonly ImportedLayerRecord[] | undefined) {
  const [urls, setUrls] = useState<ReadonlyMap<string, string | null>>(new Map());
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!records) return;
    const ids = new Set(records.map((record) => record.id));
    const missing = records.filter((record) => !urls.has(record.id));
    const gone = [...urls.keys()].filter((id) => !ids.has(id));
    if (missing.length === 0 && gone.length === 0) return;
    let cancelled = false;
    Promise.all(missing.map(async (record) => [record.id, await blobOf(record)] as const))
      .then((loaded) => {
        if (cancelled) return;
        setUrls((current) => {
          const next = new Map(current);
          for (const id of gone) {
            const url = next.get(id);
            if (url) URL.revokeObjectURL(url);
            next.delete(id);
          }
          for (const [id, blob] of loaded) if (!next.has(id)) next.set(id, blob && URL.createObjectURL(blob));
          return next;
        });
      })
      .catch((reason: unknown) => !cancelled && setError(`Không đọc được dữ liệu bản đồ của lớp đã nhập: ${storageErrorMessage(reason)}`));
    return () => {
      cancelled = true;
    };
  }, [records, urls]);
  return { urls, error };
}
