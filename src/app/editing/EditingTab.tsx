// "Biên tập": the open workspace's operational layers as the commune's own
// editable data. Choose a layer, find a feature by name or click it on the
// map, add one (a click for a point, drawing for a line or polygon, snapped
// where the layer snaps), reshape, fill its form, delete and restore; undo and
// redo the session's steps (buttons, Ctrl+Z / Ctrl+Y). Every save goes
// through the workspace repository: one version and one outbox entry each.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Geometry } from "geojson";
import { LAYER_CATALOG, findLayerDefinition } from "../../domain/layer-catalog";
import { isEditableLayer, type EditableLayerId } from "../../domain/layer-attributes";
import { workspaceFeatureKey, type WorkspaceFeatureRecord } from "../../domain/workspace";
import { storageErrorMessage, useBuiltInLayerData, useMapController, useWorkspace, useWorkspaceFeatureRecords } from "../workspace";
import { FeatureEditor } from "./FeatureEditor";
import { GeometryToolBar } from "./GeometryToolBar";
import { LayerFeatureList } from "./LayerFeatureList";
import { VertexMenu } from "./VertexMenu";
import { featureTitle } from "./feature-title";
import { snapTargetOf } from "./editing-snap-targets";
import { useEditHistory } from "./use-edit-history";
import { useGeometrySession } from "./use-geometry-session";
import { useSnapper } from "./use-snapper";
import { useUndoShortcuts } from "./use-undo-shortcuts";
import "./editing.css";
import { usePermissions } from "../roles";

const EDITABLE_LAYERS = LAYER_CATALOG.filter((layer) => isEditableLayer(layer.id));

export function EditingTab() {
  // The role's own layers only (domain/device-role.ts `editableLayers`).
  const { canEditLayer } = usePermissions();
  const layers = EDITABLE_LAYERS.filter((layer) => canEditLayer(layer.id));
  if (layers.length === 0) return <p className="muted">Vai trò này không biên tập lớp nào.</p>;
  return <LayerEditor layers={layers} />;
}

function LayerEditor({ layers }: { layers: typeof EDITABLE_LAYERS }) {
  const { record: workspace } = useWorkspace();
  const controller = useMapController();
  const panel = useRef<HTMLElement>(null);
  const [chosenLayerId, setLayerId] = useState<EditableLayerId>("militia-post");
  const layerId = layers.some((layer) => layer.id === chosenLayerId) ? chosenLayerId : (layers[0].id as EditableLayerId);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ geometry: Geometry; serial: number } | null>(null);
  const [snapChoice, setSnapChoice] = useState<Partial<Record<EditableLayerId, boolean>>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const snapTarget = snapTargetOf(layerId);
  const snapOn = snapChoice[layerId] ?? snapTarget?.onByDefault ?? false;
  const snap = useSnapper(layerId, snapOn);
  const session = useGeometrySession();
  const { history, nextUndo, nextRedo } = useEditHistory(workspace.id);
  const communes = useBuiltInLayerData("commune");
  const all = useWorkspaceFeatureRecords(workspace.id);
  const records = useMemo(() => (all.rows ?? []).filter((record) => record.layerId === layerId), [all.rows, layerId]);
  const selected = records.find((record) => record.key === selectedKey) ?? null;
  const definition = findLayerDefinition(layerId)!;

  // Clicking one of this layer's features on the map selects it here.
  useEffect(() => {
    if (!controller) return;
    return controller.onSelectionChange((selection) => {
      if (selection?.sourceId !== layerId || selection.properties.id === undefined) return;
      setDraft(null);
      setSelectedKey(workspaceFeatureKey(workspace.id, String(selection.properties.id)));
    });
  }, [controller, layerId, workspace.id]);

  const step = useCallback(
    (run: () => Promise<WorkspaceFeatureRecord | null>, done: string) => {
      setMessage(null);
      run()
        .then((record) => record && setMessage({ text: `${done}: “${featureTitle(record.properties)}”.`, error: false }))
        .catch((reason: unknown) => setMessage({ text: reason instanceof Error && reason.name === "EditConflictError" ? reason.message : `Chưa thực hiện được: ${storageErrorMessage(reason)}`, error: true }));
    },
    [],
  );
  const undo = useCallback(() => step(() => history.undo(), "Đã hoàn tác"), [history, step]);
  const redo = useCallback(() => step(() => history.redo(), "Đã làm lại"), [history, step]);
  useUndoShortcuts(panel, session.tool === null, undo, redo);

  const chooseLayer = (id: EditableLayerId) => {
    session.cancel();
    setLayerId(id);
    setSelectedKey(null);
    setDraft(null);
  };

  const add = async () => {
    setSelectedKey(null);
    setDraft(null);
    setMessage(null);
    const geometry =
      definition.geometry === "point" ? await session.placePoint(snap) : await session.drawNew(definition.geometry === "line" ? "LineString" : "Polygon", snap);
    if (geometry) setDraft({ geometry, serial: Date.now() });
  };

  const editing = draft !== null || selected !== null;
  return (
    <section ref={panel} className="editing-tab" aria-label="Biên tập lớp">
      <div className="editing-layer-choice">
        <label htmlFor="editing-layer">Lớp cần biên tập</label>
        <select id="editing-layer" value={layerId} onChange={(event) => chooseLayer(event.target.value as EditableLayerId)} disabled={session.tool !== null}>
          {layers.map((layer) => (
            <option key={layer.id} value={layer.id}>
              {layer.name}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">Lớp “Ranh giới xã” lấy từ dữ liệu chính thức nên không sửa ở đây.</p>
      <div className="editing-actions">
        <button type="button" className="primary" disabled={session.tool !== null} onClick={() => void add()}>
          {`Thêm ${definition.geometry === "point" ? "điểm" : definition.geometry === "line" ? "đường" : "vùng"}`}
        </button>
        <button type="button" disabled={!nextUndo || session.tool !== null} title={nextUndo ? `Hoàn tác: ${nextUndo.label} (Ctrl+Z)` : "Không có gì để hoàn tác"} onClick={undo}>
          Hoàn tác
        </button>
        <button type="button" disabled={!nextRedo || session.tool !== null} title={nextRedo ? `Làm lại: ${nextRedo.label} (Ctrl+Y)` : "Không có gì để làm lại"} onClick={redo}>
          Làm lại
        </button>
      </div>
      {snapTarget && (
        <label className="editing-snap-toggle">
          <input type="checkbox" checked={snapOn} onChange={(event) => setSnapChoice((choice) => ({ ...choice, [layerId]: event.target.checked }))} />
          {snapTarget.label}
        </label>
      )}
      {session.tool && (
        <GeometryToolBar kind={session.tool.kind} geometryType={session.tool.geometryType} snapping={snap ? snapTarget?.label ?? null : null} onFinish={session.finish} onCancel={session.cancel} onPlaceAt={session.placeAt} />
      )}
      {session.vertexMenu && <VertexMenu request={session.vertexMenu} onDelete={session.deleteVertex} onInsertAfter={session.insertVertexAfter} onClose={session.closeVertexMenu} />}
      {session.error && <p className="error" role="alert">{session.error}</p>}
      {message && (
        <p className={message.error ? "error" : "editing-notice"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      {editing && (
        <FeatureEditor
          key={selected?.key ?? `new-${draft?.serial}`}
          workspaceId={workspace.id}
          layerId={layerId}
          live={selected}
          newGeometry={selected ? null : draft?.geometry ?? null}
          communes={communes}
          history={history}
          reshape={session.reshape}
          snap={snap}
          toolActive={session.tool !== null}
          onCreated={(record) => {
            setDraft(null);
            setSelectedKey(record.key);
            setMessage({ text: `Đã thêm “${featureTitle(record.properties)}”.`, error: false });
          }}
          onClose={() => {
            setDraft(null);
            setSelectedKey(null);
          }}
        />
      )}
      {all.error ? (
        <p className="error">{`Không đọc được lớp: ${storageErrorMessage(all.error)}`}</p>
      ) : (
        <LayerFeatureList
          records={records}
          selectedKey={selectedKey}
          onSelect={(key) => {
            setDraft(null);
            setSelectedKey(key);
          }}
          onRestore={(record) => step(() => history.restore(record, `Khôi phục “${featureTitle(record.properties)}”`), "Đã khôi phục")}
        />
      )}
    </section>
  );
}
