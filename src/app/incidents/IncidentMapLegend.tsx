// How incidents look on the map, and the switch between clustered points and
// the hex-bin density view. The sample "Điểm nóng ANTT" layer stays as it is
// (layer panel); what the police record here is drawn on top.

import type { IncidentMapMode } from "../../map/layers/incident-map-layer";

export function IncidentMapLegend({ mode, onMode }: { mode: IncidentMapMode; onMode: (mode: IncidentMapMode) => void }) {
  return (
    <div className="incident-legend">
      <fieldset>
        <legend>Hiển thị trên bản đồ</legend>
        <label>
          <input type="radio" name="incident-map-mode" checked={mode === "points"} onChange={() => onMode("points")} />
          Điểm và cụm
        </label>
        <label>
          <input type="radio" name="incident-map-mode" checked={mode === "hexbin"} onChange={() => onMode("hexbin")} />
          Mật độ (lưới lục giác)
        </label>
      </fieldset>
      <ul>
        <li><span className="incident-legend-dot" /> Vụ việc (màu theo mức độ)</li>
        <li><span className="incident-legend-dot hotspot" /> Điểm nóng do Công an xã ghi nhận</li>
        <li><span className="incident-legend-dot warned" /> Có cảnh báo sớm</li>
        <li><span className="incident-legend-dot cluster" /> Cụm nhiều bản ghi (bấm để phóng to)</li>
      </ul>
    </div>
  );
}
