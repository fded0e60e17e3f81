// The layer panel's list of imported layers: visibility, opacity, rename,
// colour and delete (with confirmation, since the data goes with it).

import { useState } from "react";
import type { LayerChanges } from "../../store/layers/imported-layer.repository";
import { LegendSwatch, OpacitySlider } from "../ui";
import type { ImportedLayerState } from "./use-imported-layers";
import { classificationOf } from "../../domain/classification";
import { ClassificationBadge, ClassificationSelect, usePermissions } from "../roles";

interface Props {
  layers: ImportedLayerState[];
  onChange: (layerId: string, changes: LayerChanges) => void;
  onRemove: (layerId: string) => void;
  onZoomTo: (layerId: string) => void;
}

export function ImportedLayerList({ layers, onChange, onRemove, onZoomTo }: Props) {
  if (layers.length === 0) return <p className="muted">Chưa có lớp nào được nhập.</p>;
  return (
    <ul className="layer-list">
      {[...layers].reverse().map(({ record }) => (
        <ImportedLayerRow key={record.id} layer={record} onChange={onChange} onRemove={onRemove} onZoomTo={onZoomTo} />
      ))}
    </ul>
  );
}

interface RowProps {
  layer: ImportedLayerState["record"];
  onChange: Props["onChange"];
  onRemove: Props["onRemove"];
  onZoomTo: Props["onZoomTo"];
}

function ImportedLayerRow({ layer, onChange, onRemove, onZoomTo }: RowProps) {
  const [renaming, setRenaming] = useState(false);
  const [draftName, setDraftName] = useState(layer.name);
  const inputId = `layer-toggle-${layer.id}`;
  const mayChange = usePermissions().can("data.import");

  function commitRename() {
    const name = draftName.trim();
    if (name.length > 0 && name !== layer.name) onChange(layer.id, { name });
    setRenaming(false);
  }

  return (
    <li className="layer-row" data-layer-id={layer.id}>
      <div className="layer-row-main">
        <input id={inputId} type="checkbox" checked={layer.visible} onChange={(event) => onChange(layer.id, { visible: event.target.checked })} />
        <LegendSwatch geometry="mixed" color={layer.color} />
        {renaming ? (
          <form
            className="rename-form"
            onSubmit={(event) => {
              event.preventDefault();
              commitRename();
            }}
          >
            <input aria-label="Tên mới của lớp" value={draftName} autoFocus onChange={(event) => setDraftName(event.target.value)} onBlur={commitRename} />
          </form>
        ) : (
          <label htmlFor={inputId} className="layer-name">
            {layer.name}
            <ClassificationBadge classification={classificationOf(layer)} />
          </label>
        )}
        <span className="layer-count" title="Số đối tượng">
          {layer.featureCount.toLocaleString("vi-VN")}
        </span>
      </div>
      <OpacitySlider layerName={layer.name} value={layer.opacity} onChange={(opacity) => onChange(layer.id, { opacity })} />
      {mayChange && (
        <ClassificationSelect label={`Độ mật – ${layer.name}`} visibleLabel="Độ mật" value={classificationOf(layer)} onChange={(classification) => onChange(layer.id, { classification })} />
      )}
      <div className="layer-actions">
        <label className="color-picker">
          <span>Màu</span>
          <input type="color" value={layer.color} aria-label={`Màu – ${layer.name}`} onChange={(event) => onChange(layer.id, { color: event.target.value })} />
        </label>
        <button type="button" onClick={() => onZoomTo(layer.id)}>
          Thu phóng tới
        </button>
        {mayChange && <button type="button" onClick={() => setRenaming(true)} aria-label={`Đổi tên – ${layer.name}`}>
          Đổi tên
        </button>}
        {mayChange && <button
          type="button"
          className="danger"
          aria-label={`Xóa lớp – ${layer.name}`}
          onClick={() => {
            if (window.confirm(`Xóa lớp "${layer.name}" và ${layer.featureCount} đối tượng của nó?`)) onRemove(layer.id);
          }}
        >
          Xóa
        </button>}
      </div>
    </li>
  );
}
