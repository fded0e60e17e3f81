// The layer changes the Layers tab may make (state lives in App's hooks).

import { createContext, useContext } from "react";
import type { BuiltInLayerId } from "../../domain/layer-catalog";
import type { LayerChanges } from "../../store/layers/imported-layer.repository";
import type { GeoJsonImporter } from "../layers";

export interface LayerActions {
  error: string | null;
  updateBuiltIn: (id: BuiltInLayerId, change: { visible?: boolean; opacity?: number }) => void;
  changeImported: (layerId: string, changes: LayerChanges) => Promise<void>;
  removeImported: (layerId: string) => Promise<void>;
  importer: GeoJsonImporter;
}

export const LayerActionsContext = createContext<LayerActions | null>(null);

export function useLayerActions(): LayerActions {
  const actions = useContext(LayerActionsContext);
  if (!actions) throw new Error("useLayerActions must be used inside LayerActionsContext");
  return actions;
}
