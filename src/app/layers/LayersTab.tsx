// The "Lớp bản đồ" tab: the workspace's operational layers (and "Nhập vào
// lớp…" to fill one from a file), the import, and imported layers.

import { useCallback } from "react";
import { bbox } from "@turf/bbox";
import { BuiltInLayerList } from "./BuiltInLayerList";
import { ImportIntoLayer } from "./ImportIntoLayer";
import { ImportPanel } from "./ImportPanel";
import { ImportedLayerList } from "./ImportedLayerList";
import { loadImportedLayerFeatures, useLayerActions, useWorkspace } from "../workspace";
import { GisExportPanel } from "../exchange";
import { Vn2000ProvinceSelect } from "../ui";
import { currentActor, layerClassifications, useLayerClassifications, usePermissions } from "../roles";
import type { BuiltInLayerId } from "../../domain/layer-catalog";
import type { Classification } from "../../domain/classification";

export function LayersTab() {
  const { controller, builtInLayers, importedLayers, record: workspace } = useWorkspace();
  const actions = useLayerActions();
  const { can, canEditLayer } = usePermissions();
  const classifications = useLayerClassifications(workspace.id);
  const classify = (layerId: BuiltInLayerId) =>
    canEditLayer(layerId) ? (classification: Classification) => void layerClassifications.set(workspace.id, layerId, classification, currentActor()) : null;

  // The bbox is stored with the layer; layers stored before it was (Dexie v5) have their features read once.
  const zoomToImported = useCallback(
    async (layerId: string) => {
      const layer = importedLayers.find((candidate) => candidate.record.id === layerId);
      if (!layer || layer.record.featureCount === 0) return;
      const [west, south, east, north] = layer.record.bbox ?? bbox(await loadImportedLayerFeatures(layerId));
      controller?.fitBounds([[west, south], [east, north]]);
    },
    [controller, importedLayers],
  );

  return (
    <>
      {actions.error && (
        <p className="error" role="alert">
          {actions.error}
        </p>
      )}
      <section aria-labelledby="built-in-layers-title">
        <h2 id="built-in-layers-title">Lớp bản đồ</h2>
        <BuiltInLayerList layers={builtInLayers} onChange={actions.updateBuiltIn} classifications={classifications} classify={classify} />
        {can("layers.edit") && <ImportIntoLayer />}
      </section>
      <section aria-labelledby="imported-layers-title">
        <h2 id="imported-layers-title">Lớp đã nhập</h2>
        <Vn2000ProvinceSelect />
        {can("data.import") && <ImportPanel importer={actions.importer} />}
        <ImportedLayerList
          layers={importedLayers}
          onChange={(id, changes) => void actions.changeImported(id, changes)}
          onRemove={(id) => void actions.removeImported(id)}
          onZoomTo={(id) => void zoomToImported(id)}
        />
      </section>
      {can("data.export") && <GisExportPanel />}
    </>
  );
}
