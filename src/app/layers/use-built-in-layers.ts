// State of the built-in sample layers: their data (loaded once), and the
// visibility/opacity the user chose (persisted in IndexedDB), pushed into the map.

import { useCallback, useEffect, useState } from "react";
import type { FeatureCollection } from "geojson";
import { LAYER_CATALOG, type BuiltInLayerId, type LayerDefinition } from "../../domain/layer-catalog";
import { loadSampleCommune } from "../../io/sample-data-loader";
import { withLabelPoints } from "../../geo/shapes/label-points";
import { builtInLayerStyles } from "../../map/layer-styles";
import type { MapController } from "../../map/map-controller";
import { layerSettings, userErrorMessage } from "../workspace";

export interface BuiltInLayerState {
  definition: LayerDefinition;
  data: FeatureCollection | null;
  visible: boolean;
  opacity: number;
}

const initialState = (): BuiltInLayerState[] =>
  LAYER_CATALOG.map((definition) => ({ definition, data: null, visible: true, opacity: 1 }));

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

export function useBuiltInLayers(controller: MapController | null) {
  const [layers, setLayers] = useState<BuiltInLayerState[]>(initialState);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    Promise.all([loadSampleCommune(), layerSettings.loadAll().catch(() => new Map())])
      .then(([data, settings]) => {
        if (cancelled) return;
        setLayers((current) =>
          current.map((layer) => ({
            ...layer,
            data: data.get(layer.definition.id) ?? null,
            ...settings.get(layer.definition.id),
          })),
        );
      })
      .catch((reason: unknown) => !cancelled && setError(userErrorMessage(reason, "Không tải được dữ liệu mẫu của xã. Hãy tải lại trang.")));
    return () => {
      cancelled = true;
    };
  }, []);

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

  const update = useCallback((id: BuiltInLayerId, change: Partial<Pick<BuiltInLayerState, "visible" | "opacity">>) => {
    setLayers((current) => {
      const next = current.map((layer) => (layer.definition.id === id ? { ...layer, ...change } : layer));
      const changed = next.find((layer) => layer.definition.id === id);
      if (changed) void layerSettings.save(id, { visible: changed.visible, opacity: changed.opacity });
      return next;
    });
  }, []);

  return { layers, error, update };
}
