// The application shell: the side panel (tabs) beside the map, with the
// attribute panel of the selected feature over the map. Owns the layer state
// and shares it with the tabs through WorkspaceContext / LayerActionsContext.

import { useEffect, useMemo, useRef, useState } from "react";
import { findLayerDefinition } from "../../domain/layer-catalog";
import type { FeatureSelection, MapController } from "../../map/map-controller";
import { FeatureDetails } from "./FeatureDetails";
import { type LayerActions, LayerActionsContext, useActiveWorkspace, useMapController, type Workspace, WorkspaceContext } from "../workspace";
import type { WorkspaceRecord } from "../../domain/workspace";
import { MapView } from "./MapView";
import { OPENED_WITH_POSITION, VIETNAM_BOUNDS } from "./map-first-start";
import { FeatureErrorBoundary } from "../ui/FeatureErrorBoundary";
import { SetupSidePanel, SidePanel } from "./SidePanel";
import { useNeighbourOutlines } from "../setup";
import { DeviceSecurityGate } from "../security";
import { type ImportedLayerState, importedSourceId, useBuiltInLayers, useGeoJsonImport, useImportedLayers } from "../layers";
import { usePermissions } from "../roles";

/** Nothing of the commune's data is read before the device is unlocked (src/app/security). */
export const App = () => <DeviceSecurityGate><UnlockedApp /></DeviceSecurityGate>;

function UnlockedApp() {
  const [droppedFiles, setDroppedFiles] = useState<File[]>([]);
  // The last line of defence: whatever fails to render, the page never goes blank.
  return (
    <FeatureErrorBoundary name="Bản đồ">
      <MapView initialBounds={VIETNAM_BOUNDS} onFilesDropped={setDroppedFiles}>
        <WorkspaceShell droppedFiles={droppedFiles} />
      </MapView>
    </FeatureErrorBoundary>
  );
}

function WorkspaceShell({ droppedFiles }: { droppedFiles: File[] }) {
  const controller = useMapController();
  const active = useActiveWorkspace();
  const record = active.workspace ?? null;
  const builtIn = useBuiltInLayers(controller, record?.id ?? null);
  const imported = useImportedLayers(controller);
  const importer = useGeoJsonImport(imported.add);
  const selection = useSelection(controller);
  const mayImport = usePermissions().can("data.import");

  useEffect(() => {
    // A role that may not import (chỉ xem) gets nothing from a drop either.
    if (droppedFiles.length > 0 && mayImport) void importer.importFiles(droppedFiles);
    // Only a new drop starts an import.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [droppedFiles]);

  useViewOfWorkspace(controller, record);
  useNeighbourOutlines(controller, record);

  const workspace = useMemo<Workspace | null>(
    () => (record ? { record, controller, builtInLayers: builtIn.layers, importedLayers: imported.layers } : null),
    [record, controller, builtIn.layers, imported.layers],
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
        {workspace ? <SidePanel workspace={workspace.record} /> : <SetupSidePanel loading={active.workspace === undefined} />}
        {selection && (
          <FeatureErrorBoundary name="Thông tin đối tượng">
            <FeatureDetails
              selection={selection}
              layerName={layerNameOf(selection.sourceId, imported.layers)}
              onClose={() => controller?.clearSelection()}
            />
          </FeatureErrorBoundary>
        )}
      </LayerActionsContext.Provider>
    </WorkspaceContext.Provider>
  );
}

/** A newly opened workspace is shown whole — unless the first view comes from a shared link (#zoom/lat/lon). */
function useViewOfWorkspace(controller: MapController | null, record: WorkspaceRecord | null): void {
  const shownId = useRef<string | null>(null);
  useEffect(() => {
    if (!controller || !record || shownId.current === record.id) return;
    const first = shownId.current === null;
    shownId.current = record.id;
    if (first && OPENED_WITH_POSITION) return;
    const [west, south, east, north] = record.bbox;
    controller.fitBounds([[west, south], [east, north]]);
  }, [controller, record]);
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
