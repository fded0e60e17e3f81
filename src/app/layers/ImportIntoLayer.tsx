// "Nhập vào lớp…": pick a file, the layer, how its columns fill the layer's
// fields (guessed, editable), see the first rows as they will be stored and
// the rows that will be left out (with why), append or replace, import — and
// undo the whole import in one step.

import { useEffect } from "react";
import type { FeatureCollection } from "geojson";
import { LAYER_ATTRIBUTES, type EditableLayerId } from "../../domain/layer-attributes";
import { LAYER_CATALOG } from "../../domain/layer-catalog";
import { usePermissions } from "../roles";
import { analysisLayerStyles } from "../../map/styles/analysis-layer-styles";
import { useWorkspace } from "../workspace";
import { GisImportDialog } from "./GisImportDialog";
import { useImportIntoLayer } from "./use-import-into-layer";

const PREVIEW_SOURCE_ID = "analysis-import-preview";
const PREVIEW_ROWS = 5;
const IMPORT_INTO_LAYER_ACCEPT = ".geojson,.json,.kml,.kmz,.gpx,.cot,.zip,.shp,.shx,.dbf,.prj,.cpg,.gpkg,.tab,.dat,.map,.id,.mif,.mid,.dxf,.dgn,.csv,.txt,.xlsx";
const EDITABLE_LAYERS = LAYER_CATALOG.filter((layer) => layer.id !== "commune");

function shown(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  return typeof value === "number" ? value.toLocaleString("vi-VN") : String(value);
}

export function ImportIntoLayer() {
  const { controller } = useWorkspace();
  const flow = useImportIntoLayer();
  // Only the layers the role may edit (domain/device-role.ts).
  const { canEditLayer } = usePermissions();
  const layers = EDITABLE_LAYERS.filter((layer) => canEditLayer(layer.id));
  const firstAllowed = layers[0]?.id as EditableLayerId | undefined;
  useEffect(() => {
    if (firstAllowed && !layers.some((layer) => layer.id === flow.layerId)) flow.setLayerId(firstAllowed);
  });
  const fields = LAYER_ATTRIBUTES[flow.layerId].filter((field) => field.kind !== "computed");

  // The accepted rows on the map while the officer decides (same-origin preview source).
  useEffect(() => {
    if (!controller) return;
    if (!flow.rows || flow.rows.accepted.length === 0) {
      void controller.removeLayer(PREVIEW_SOURCE_ID);
      return;
    }
    const preview: FeatureCollection = {
      type: "FeatureCollection",
      features: flow.rows.accepted.map((row, index) => ({ type: "Feature", id: index, geometry: row.geometry, properties: { kind: "suggestion", label: String(row.properties.name ?? "") } })),
    };
    void controller.setLayer(PREVIEW_SOURCE_ID, preview, analysisLayerStyles(PREVIEW_SOURCE_ID), undefined, false);
  }, [controller, flow.rows]);
  useEffect(() => () => void controller?.removeLayer(PREVIEW_SOURCE_ID), [controller]);

  return (
    <details className="import-into-layer">
      <summary>Nhập vào lớp…</summary>
      <label>
        Tệp để nhập vào lớp (GeoJSON, KML/KMZ, GPX, Shapefile, GeoPackage, MapInfo, DXF, DGN, CSV/XLSX)
        <input
          type="file"
          multiple
          accept={IMPORT_INTO_LAYER_ACCEPT}
          disabled={flow.busy}
          onChange={(event) => event.target.files && event.target.files.length > 0 && void flow.chooseFiles([...event.target.files])}
        />
      </label>
      <label>
        Lớp nhận dữ liệu
        <select value={flow.layerId} onChange={(event) => flow.setLayerId(event.target.value as EditableLayerId)}>
          {layers.map((layer) => (
            <option key={layer.id} value={layer.id}>
              {layer.name}
            </option>
          ))}
        </select>
      </label>
      {flow.gisChoice && <GisImportDialog report={flow.gisChoice.report} onChoose={(choices) => void flow.chooseGis(choices)} onConfirm={() => void flow.confirmGis()} onCancel={flow.cancel} confirmLabel="Đọc tệp và ghép cột" />}
      {flow.incoming && flow.rows && (
        <>
          <fieldset>
            <legend>Cột của tệp “{flow.incoming.fileName}” → thuộc tính của lớp</legend>
            {fields.map((field) => (
              <label key={field.key}>
                {field.label}
                {field.required ? " *" : ""}
                <select value={flow.mapping[field.key] ?? ""} onChange={(event) => flow.setMapping({ ...flow.mapping, [field.key]: event.target.value || null })}>
                  <option value="">(để trống)</option>
                  {flow.columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          <table aria-label="Xem trước các dòng sẽ nhập">
            <thead>
              <tr>
                <th>Dòng</th>
                {fields.map((field) => (
                  <th key={field.key}>{field.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {flow.rows.accepted.slice(0, PREVIEW_ROWS).map((row) => (
                <tr key={row.row}>
                  <td>{row.row}</td>
                  {fields.map((field) => (
                    <td key={field.key}>{shown(row.properties[field.key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {flow.rows.refused.length > 0 && (
            <div role="alert" className="error">
              {flow.rows.refused.length} dòng sẽ không được nhập:
              <ul>
                {flow.rows.refused.slice(0, 10).map((refusal) => (
                  <li key={refusal.row}>
                    Dòng {refusal.row}: {refusal.messages.join("; ")}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <fieldset>
            <legend>Cách nhập</legend>
            <label>
              <input type="radio" name="import-mode" checked={flow.mode === "append"} onChange={() => flow.setMode("append")} /> Thêm vào dữ liệu đang có
            </label>
            <label>
              <input type="radio" name="import-mode" checked={flow.mode === "replace"} onChange={() => flow.setMode("replace")} /> Thay thế toàn bộ lớp (dữ liệu cũ vẫn khôi phục được)
            </label>
          </fieldset>
          <button type="button" disabled={flow.busy || flow.rows.accepted.length === 0} onClick={() => void flow.run()}>
            Nhập {flow.rows.accepted.length} đối tượng
          </button>
          <button type="button" disabled={flow.busy} onClick={flow.cancel}>
            Hủy
          </button>
        </>
      )}
      {flow.done && (
        <button type="button" disabled={flow.busy} onClick={() => void flow.undo()}>
          Hoàn tác lần nhập này
        </button>
      )}
      {flow.message && (
        <p role="status" data-testid="import-into-layer-status">
          {flow.message}
        </p>
      )}
    </details>
  );
}
