// The layer panel's list of built-in layers: legend, name (the toggle's
// accessible name), feature count, visibility and opacity.

import type { BuiltInLayerId } from "../../domain/layer-catalog";
import { SEVERITIES } from "../../domain/hotspot-categories";
import { severityColor } from "../../map/styles/layer-styles";
import { LegendSwatch, OpacitySlider } from "../ui";
import type { BuiltInLayerState } from "./use-built-in-layers";
import type { Classification } from "../../domain/classification";
import { ClassificationBadge, ClassificationSelect } from "../roles";

interface Props {
  layers: BuiltInLayerState[];
  onChange: (id: BuiltInLayerId, change: { visible?: boolean; opacity?: number }) => void;
  /** Độ mật of each layer of the workspace (absent = Thường). */
  classifications: ReadonlyMap<string, Classification>;
  /** Given for the layers the role may edit: sets the layer's độ mật. */
  classify: (id: BuiltInLayerId) => ((classification: Classification) => void) | null;
}

export function BuiltInLayerList({ layers, onChange, classifications, classify }: Props) {
  return (
    <ul className="layer-list">
      {[...layers].reverse().map(({ definition, data, visible, opacity }) => {
        const inputId = `layer-toggle-${definition.id}`;
        const setMark = classify(definition.id);
        return (
          <li key={definition.id} className="layer-row" data-layer-id={definition.id}>
            <div className="layer-row-main">
              <input
                id={inputId}
                type="checkbox"
                checked={visible}
                onChange={(event) => onChange(definition.id, { visible: event.target.checked })}
              />
              <LegendSwatch geometry={definition.geometry} color={definition.color} />
              <label htmlFor={inputId} className="layer-name">
                {definition.name}
                <ClassificationBadge classification={classifications.get(definition.id) ?? "thuong"} />
              </label>
              <span className="layer-count" data-testid={`layer-count-${definition.id}`} title="Số đối tượng">
                {data ? data.features.length.toLocaleString("vi-VN") : "…"}
              </span>
            </div>
            {definition.id === "hotspot" && (
              <ul className="legend-sublist" aria-label="Mức độ điểm nóng">
                {SEVERITIES.map((severity) => (
                  <li key={severity.id}>
                    <LegendSwatch geometry="point" color={severityColor(severity.id)} /> {severity.label}
                  </li>
                ))}
              </ul>
            )}
            <OpacitySlider layerName={definition.name} value={opacity} onChange={(value) => onChange(definition.id, { opacity: value })} />
            {setMark && (
              <ClassificationSelect label={`Độ mật – ${definition.name}`} visibleLabel="Độ mật" value={classifications.get(definition.id) ?? "thuong"} onChange={setMark} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
