// The application shell: side panel (layers, import) beside the map, with the
// attribute panel of the selected feature over the map.

import { useCallback, useEffect, useState } from "react";
import { bbox } from "@turf/bbox";
import { findLayerDefinition } from "../domain/layer-catalog";
import { SAMPLE_COMMUNE_BOUNDS, SAMPLE_COMMUNE_NAME } from "../domain/sample-data-contract";
import type { FeatureSelection, MapController } from "../map/map-controller";
import { BuiltInLayerList } from "./BuiltInLayerList";
import { FeatureDetails } from "./FeatureDetails";
import { ImportPanel } from "./ImportPanel";
import { ImportedLayerList } from "./ImportedLayerList";
import { MapView } from "./MapView";
import { useMapController } from "./map-context";
import { useBuiltInLayers } from "./use-built-in-layers";
import { useGeoJsonImport } from "./use-geojson-import";
import { importedSourceId, useImportedLayers } from "./use-imported-layers";

export function App() {
  const [droppedFiles, setDroppedFiles] = useState<File[]>([]);
  return (
    <MapView initialBounds={SAMPLE_COMMUNE_BOUNDS} onFilesDropped={setDroppedFiles}>
      <Workspace droppedFiles={droppedFiles} />
    </MapView>
  );
}

function Workspace({ droppedFiles }: { droppedFiles: File[] }) {
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

  const zoomToImported = useCallback(
    (layerId: string) => {
      const layer = imported.layers.find((candidate) => candidate.record.id === layerId);
      if (!layer || layer.data.features.length === 0) return;
      const [west, south, east, north] = bbox(layer.data);
      controller?.fitBounds([[west, south], [east, north]]);
    },
    [controller, imported.layers],
  );

  const selectedLayerName = selection ? layerNameOf(selection.sourceId, imported.layers) : "";

  return (
    <>
      <aside className="side-panel" aria-label="Bảng điều khiển">
        <header className="app-header">
          <h1>Bản đồ số quốc phòng – an ninh</h1>
          <p className="commune-name">{SAMPLE_COMMUNE_NAME} · Hà Tĩnh</p>
          <p className="sample-banner" role="note">
            Dữ liệu mẫu để minh họa – vị trí, số hiệu và thuộc tính không phải dữ liệu thật.
          </p>
        </header>
        {(builtIn.error || imported.error) && (
          <p className="error" role="alert">
            {builtIn.error ?? imported.error}
          </p>
        )}
        <section aria-labelledby="built-in-layers-title">
          <h2 id="built-in-layers-title">Lớp bản đồ</h2>
          <BuiltInLayerList layers={builtIn.layers} onChange={builtIn.update} />
        </section>
        <section aria-labelledby="imported-layers-title">
          <h2 id="imported-layers-title">Lớp đã nhập</h2>
          <ImportPanel importer={importer} />
          <ImportedLayerList
            layers={imported.layers}
            onChange={(id, changes) => void imported.change(id, changes)}
            onRemove={(id) => void imported.remove(id)}
            onZoomTo={zoomToImported}
          />
        </section>
      </aside>
      {selection && <FeatureDetails selection={selection} layerName={selectedLayerName} onClose={() => controller?.clearSelection()} />}
    </>
  );
}

function useSelection(controller: MapController | null): FeatureSelection | null {
  const [selection, setSelection] = useState<FeatureSelection | null>(null);
  useEffect(() => controller?.onSelectionChange(setSelection), [controller]);
  return selection;
}

function layerNameOf(sourceId: string, importedLayers: ReturnType<typeof useImportedLayers>["layers"]): string {
  const builtIn = findLayerDefinition(sourceId);
  if (builtIn) return builtIn.name;
  return importedLayers.find((layer) => importedSourceId(layer.record.id) === sourceId)?.record.name ?? "Lớp đã nhập";
}
