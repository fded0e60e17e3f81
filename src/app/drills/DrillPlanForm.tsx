// The form that creates a drill plan: name, type, date, H-hour and độ mật.

import { useState, type FormEvent } from "react";
import { DRILL_TYPES, type DrillPlan, type DrillTypeId } from "../../domain/drill-plan";
import type { Classification } from "../../domain/classification";
import { ClassificationSelect } from "../roles";

type Fields = Pick<DrillPlan, "name" | "type" | "date" | "hHour" | "classification">;

export function DrillPlanForm({ onCreate, onCancel }: { onCreate: (fields: Fields) => void; onCancel: () => void }) {
  const [name, setName] = useState("Diễn tập chiến đấu phòng thủ xã năm 2026");
  const [type, setType] = useState<DrillTypeId>("chien-dau-phong-thu-xa");
  const [date, setDate] = useState("2026-06-15");
  const [hHour, setHHour] = useState("07:00");
  const [classification, setClassification] = useState<Classification>("thuong");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) onCreate({ name: name.trim(), type, date, hHour, classification });
  }

  return (
    <form className="drill-form" onSubmit={submit} aria-label="Kế hoạch diễn tập mới">
      <label>
        Tên kế hoạch
        <input value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <label>
        Loại diễn tập
        <select value={type} onChange={(event) => setType(event.target.value as DrillTypeId)}>
          {DRILL_TYPES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <div className="drill-row">
        <label>
          Ngày diễn tập
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} required />
        </label>
        <label>
          Giờ H
          <input type="time" value={hHour} onChange={(event) => setHHour(event.target.value)} required />
        </label>
      </div>
      <ClassificationSelect value={classification} onChange={setClassification} />
      <div className="drill-actions">
        <button type="submit">Lưu kế hoạch</button>
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
