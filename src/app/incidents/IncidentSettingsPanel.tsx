// Settings of the incidents feature: the officer's name (recorded in the
// history), early-warning distances, and local categories added to the list.

import { useState } from "react";
import { addCategory } from "../../domain/incident-categories";
import type { IncidentSettings } from "../../store/incidents/incident-settings.repository";
import { MaxAccuracySetting } from "../location";

interface Props {
  settings: IncidentSettings;
  onSave: (changes: Partial<Omit<IncidentSettings, "id" | "updatedAt">>) => Promise<void>;
}

function NumberSetting({ label, value, min, max, onCommit }: { label: string; value: number; min: number; max: number; onCommit: (value: number) => void }) {
  return (
    <label>
      {label}
      <input
        aria-label={label}
        type="number"
        min={min}
        max={max}
        defaultValue={value}
        onBlur={(event) => {
          const next = Number(event.target.value);
          if (Number.isFinite(next) && next >= min && next <= max) onCommit(next);
          else event.target.value = String(value);
        }}
      />
    </label>
  );
}

export function IncidentSettingsPanel({ settings, onSave }: Props) {
  const [newCategory, setNewCategory] = useState("");
  const [message, setMessage] = useState<string | null>(null);

  function add() {
    const result = addCategory(settings.categories, newCategory);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    void onSave({ categories: result.list }).then(() => {
      setMessage(`Đã thêm loại "${newCategory.trim()}".`);
      setNewCategory("");
    });
  }

  return (
    <details className="incident-settings">
      <summary>Cài đặt vụ việc</summary>
      <p className="muted">Người sửa được ghi vào lịch sử theo “Người sử dụng” và vai trò ở đầu bảng điều khiển.</p>
      <NumberSetting label="Cảnh báo khi cách điểm nóng dưới (m)" value={settings.hotspotProximityMetres} min={50} max={5000} onCommit={(value) => void onSave({ hotspotProximityMetres: value })} />
      <NumberSetting label="Vụ việc gần đây trong (ngày)" value={settings.recentDays} min={1} max={365} onCommit={(value) => void onSave({ recentDays: value })} />
      <NumberSetting label="Độ rộng vành đai biên giới (m)" value={settings.borderBeltMetres} min={100} max={1000} onCommit={(value) => void onSave({ borderBeltMetres: value })} />
      <MaxAccuracySetting />
      <div className="incident-category-add">
        <label>
          Thêm loại vụ việc
          <input aria-label="Thêm loại vụ việc" value={newCategory} onChange={(event) => setNewCategory(event.target.value)} />
        </label>
        <button type="button" onClick={add}>Thêm loại</button>
      </div>
      {message && <p className="muted" role="status">{message}</p>}
    </details>
  );
}
