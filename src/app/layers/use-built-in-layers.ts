// The operational layers of the open workspace (the commune's own data, or the
// sample): their features and the visibility/opacity the user chose, both live
// from IndexedDB, pushed into the map.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FeatureCollection } from "geojson";
import { LAYER_CATALOG, type BuiltInLayerId, type LayerDefinition } from "../../domain/layer-catalog";
import { withLabelPoints } from "../../geo/shapes/label-points";
import { builtInLayerStyles } from "../../map/styles/layer-styles";
import type { MapController } from "../../map/map-controller";
import { layerSettings, storageErrorMessage, useLiveData, useWorkspaceFeatureRecords, WorkspaceLayerCollections } from "../workspace";
import type { LayerDisplay } from "../../store/layers/layer-settings.repository";

export interface BuiltInLayerState {
  definition: LayerDefinition;
  data: FeatureCollection | null;
  visible: boolean;
  opacity: number;
}

// Polygon layers get one label point per polygon; memoised per data object so
// setLayer's identity check keeps skipping unchanged data.
const mapData = new WeakMap<FeatureCollection, FeatureCollection>();
function mapDataOf(definition: LayerDefinition, data: FeatureCollection): FeatureCollection {
  if (definition.geometry !== "polygon" || !definition.labelProperty) return data;
  let withLabels = mapData.get(data);
  if (!withLabels) {
    withLabels = withLabelPoints(data);
    mapData.set(data, withLabels);
  }
  return withLabels;
}

function sameDisplay(stored: LayerDisplay | undefined, display: LayerDisplay): boolean {
  return stored !== undefined && stored.visible === display.visible && stored.opacity === display.opacity;
}

export function useBuiltInLayers(controller: MapController | null, workspaceId: string | null) {
  const [writeError, setError] = useState<string | null>(null);
  // The workspace's operational layers, live; the user's visibility/opacity choices, live too.
  const records = useWorkspaceFeatureRecords(workspaceId);
  const collections = useRef(new WorkspaceLayerCollections());
  const data = useMemo(() => (records.rows ? collections.current.collect(records.rows) : null), [records.rows]);
  const settings = useLiveData(() => layerSettings.loadAll(), []);
  const error = writeError ?? (records.error ? `Không đọc được các lớp của vùng làm việc: ${storageErrorMessage(records.error)}` : null);

  // A toggle shows at once; the stored choice (live, also from another tab) takes over once it is read back.
  const [pending, setPending] = useState<ReadonlyMap<string, LayerDisplay>>(new Map());
  useEffect(() => {
    setPending((current) => {
      const stillPending = [...current].filter(([id, display]) => !sameDisplay(settings.data?.get(id), display));
      return stillPending.length === current.size ? current : new Map(stillPending);
    });
  }, [settings.data]);

  const layers = useMemo<BuiltInLayerState[]>(
    () =>
      LAYER_CATALOG.map((definition) => ({
        definition,
        data: data?.get(definition.id) ?? null,
        visible: true,
        opacity: 1,
        ...settings.data?.get(definition.id),
        ...pending.get(definition.id),
      })),
    [data, settings.data, pending],
  );

  useEffect(() => {
    if (!controller) return;
    const pushed = layers.map(async (layer) => {
      if (!layer.data) return false;
      const id = layer.definition.id;
      await controller.setLayer(id, mapDataOf(layer.definition, layer.data), builtInLayerStyles(layer.definition), "id");
      await controller.setVisibility(id, layer.visible);
      await controller.setOpacity(id, layer.opacity);
      return true;
    });
    void Promise.all(pushed).then((done) => {
      if (done.every(Boolean)) return controller.markReadyWhenRendered();
    });
  }, [controller, layers]);

  const update = useCallback(
    (id: BuiltInLayerId, change: Partial<Pick<BuiltInLayerState, "visible" | "opacity">>) => {
      const current = layers.find((layer) => layer.definition.id === id);
      if (!current) return;
      const display = { visible: change.visible ?? current.visible, opacity: change.opacity ?? current.opacity };
      setPending((previous) => new Map(previous).set(id, display));
      layerSettings
        .save(id, display)
        .catch((reason: unknown) => {
          setPending((previous) => new Map([...previous].filter(([pendingId]) => pendingId !== id)));
          setError(`Chưa lưu được lựa chọn hiển thị lớp: ${storageErrorMessage(reason)}`);
        });
    },
    [layers],
  );

  return { layers, error, update };
}
