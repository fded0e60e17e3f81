// What every side-panel tab may read: the open workspace (its communes), the
// map controller and the layers on the map (the workspace's operational
// layers and imported ones). Provided once by App.

import { createContext, useContext } from "react";
import type { FeatureCollection } from "geojson";
import type { BuiltInLayerId } from "../../domain/layer-catalog";
import type { MapController } from "../../map/map-controller";
import type { WorkspaceRecord } from "../../domain/workspace";
import type { BuiltInLayerState, ImportedLayerState } from "../layers";

export interface Workspace {
  /** The open workspace: the communes this device works on (never null inside the feature tabs). */
  record: WorkspaceRecord;
  controller: MapController | null;
  builtInLayers: BuiltInLayerState[];
  importedLayers: ImportedLayerState[];
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error("useWorkspace must be used inside WorkspaceContext");
  return workspace;
}

/** The data of one built-in layer, or null while the sample is loading. */
export function useBuiltInLayerData(id: BuiltInLayerId): FeatureCollection | null {
  return useWorkspace().builtInLayers.find((layer) => layer.definition.id === id)?.data ?? null;
}
