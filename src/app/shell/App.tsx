// The application shell: the side panel (tabs) beside the map, with the
// attribute panel of the selected feature over the map. Owns the layer state
// and shares it with the tabs through WorkspaceContext / LayerActionsContext.

import { useEffect, useMemo, useState } from "react";
import { findLayerDefinition } from "../../domain/layer-catalog";
import { SAMPLE_COMMUNE_BOUNDS } from "../../domain/sample-data-contract";
import type { FeatureSelection, MapController } from "../../map/map-controller";
import { FeatureDetails } from "./FeatureDetails";
import { type LayerActions, LayerActionsContext, useMapController, type Workspace, WorkspaceContext } from "../workspace";
import { MapView } from "./MapView";
import { SidePanel } from "./SidePanel";
import { type ImportedLayerState, importedSourceId, useBuiltInLayers, useGeoJsonImport, useImportedLayers } from "../layers";

export function App() {
  const [droppedFiles, setDroppedFiles] = useState<File[]>([]);
  return (
    <MapView initialBounds={SAMPLE_COMMUNE_BOUNDS} onFilesDropped={setDroppedFiles}>
      <WorkspaceShell droppedFiles={droppedFiles} />
    </MapView>
  );
}

function WorkspaceShell({ droppedFiles }: { droppedFiles: File[] }) {
  const controller = useMapController();
  const builtIn = useBuiltInLayers(controller);
  const imported = useImportedLayers(controller);
  const importer = useGeoJsonImport(imported.add);
  const selection = useSelection(controller);

  useEffect(() => {
    if (droppedFiles.length > 0) void importer.importFiles(droppedFiles);
    // Only a new drop starts an import.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [droppedFiles]);

  const workspace = useMemo<Workspace>(
    () => ({ controller, builtInLayers: builtIn.layers, importedLayers: imported.layers }),
    [controller, builtIn.layers, imported.layers],
  );
  const actions = useMemo<LayerActions>(
    () => ({
      error: builtIn.error ?? imported.error,
      updateBuiltIn: builtIn.update,
      changeImported: imported.change,
      removeImported: imported.remove,
      importer,
    }),
    [builtIn.error, builtIn.update, imported.error, imported.change, imported.remove, importer],
  );

  return (
    <WorkspaceContext.Provider value={workspace}>
      <LayerActionsContext.Provider value={actions}>
        <SidePanel />
        {selection && (
          <FeatureDetails
            selection={selection}
            layerName={layerNameOf(selection.sourceId, imported.layers)}
            onClose={() => controller?.clearSelection()}
          />
        )}
      </LayerActionsContext.Provider>
    </WorkspaceContext.Provider>
  );
}

function useSelection(controller: MapController | null): FeatureSelection | null {
  const [selection, setSelection] = useState<FeatureSelection | null>(null);
  useEffect(() => controller?.onSelectionChange(setSelection), [controller]);
  return selection;
}

function layerNameOf(sourceId: string, importedLayers: ImportedLayerState[]): string {
  const builtIn = findLayerDefinition(sourceId);
  if (builtIn) return builtIn.name;
  return importedLayers.find((layer) => importedSourceId(layer.record.id) === sourceId)?.record.name ?? "Lớp đã nhập";
}
