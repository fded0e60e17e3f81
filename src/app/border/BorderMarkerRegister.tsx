// "Sổ theo dõi cột mốc": every border marker with its type, condition, last
// inspection (date, by whom), responsible self-management team, and whether
// the inspection is overdue (highlighted here and ringed on the map). An
// inspection with photos is recorded from the row.

import { useState } from "react";
import { conditionLabel, MARKER_TYPES } from "../../domain/border-marker-register";
import { BorderInspectionForm } from "./BorderInspectionForm";
import type { BorderRegister } from "./use-border-register";
import { useWorkspace } from "../workspace";
import { usePermissions } from "../roles";

export function BorderMarkerRegister({ register }: { register: BorderRegister }) {
  const { controller } = useWorkspace();
  const [inspecting, setInspecting] = useState<string | null>(null);
  const overdueCount = register.register.filter((entry) => entry.overdue).length;
  const marker = register.register.find((entry) => entry.id === inspecting) ?? null;
  const mayRecord = usePermissions().can("border.edit");

  return (
    <section aria-labelledby="border-register-title">
      <h3 id="border-register-title">Sổ theo dõi cột mốc</h3>
      <div className="drill-row">
        <label>
          Chu kỳ kiểm tra (ngày)
          <input
            type="number"
            min={1}
            defaultValue={register.intervalDays}
            key={register.intervalDays}
            readOnly={!mayRecord}
            onBlur={(event) => {
              const days = Number(event.target.value);
              if (days !== register.intervalDays) void register.setIntervalDays(days);
            }}
          />
        </label>
        <p className="border-status" role="status" data-testid="overdue-summary">
          {overdueCount > 0 ? `${overdueCount} cột mốc quá hạn kiểm tra` : "Không có cột mốc quá hạn kiểm tra"}
        </p>
      </div>
      <table className="border-register" aria-label="Danh sách cột mốc">
        <thead>
          <tr>
            <th>Mốc</th>
            <th>Tình trạng, kiểm tra gần nhất</th>
            <th>
              <span className="visually-hidden">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {register.register.map((entry) => (
            <tr key={entry.id} className={entry.overdue ? "overdue" : ""} data-testid={`marker-row-${entry.id}`}>
              <td>
                <button type="button" className="link-button" onClick={() => controller?.fitBounds([[entry.lon, entry.lat], [entry.lon, entry.lat]])}>
                  {entry.number}
                </button>
                <br />
                {MARKER_TYPES[entry.markerType] ?? entry.markerType}
              </td>
              <td>
                <strong>{conditionLabel(entry.condition)}</strong> ·{" "}
                {entry.lastInspected ? new Date(`${entry.lastInspected}T00:00:00`).toLocaleDateString("vi-VN") : "Chưa kiểm tra"}
                {entry.lastInspector && <div className="muted">{entry.lastInspector}</div>}
                {entry.overdue && (
                  <div className="border-overdue-badge">Quá hạn{entry.daysSinceInspection !== null ? ` (${entry.daysSinceInspection} ngày)` : ""}</div>
                )}
                <div className="muted">{entry.responsibleTeam}</div>
              </td>
              <td>
                {mayRecord && (
                  <button type="button" aria-label={`Ghi kiểm tra ${entry.label}`} onClick={() => setInspecting(entry.id)}>
                    Ghi kiểm tra
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {marker && mayRecord && (
        <BorderInspectionForm
          marker={marker}
          onCancel={() => setInspecting(null)}
          onSave={async (input, photos, captures) => {
            if (await register.addInspection(input, photos, captures)) setInspecting(null);
          }}
        />
      )}
    </section>
  );
}
