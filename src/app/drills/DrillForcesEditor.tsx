// Participating forces of a drill (militia units, police, border guards) with
// their strength and planned movement speed.

import { useState, type FormEvent } from "react";
import { FORCE_KINDS, type DrillForce, type DrillPlan, type ForceKindId } from "../../domain/drill-plan";
import { newId } from "../../store/ids";

interface Props {
  plan: DrillPlan;
  onChange: (change: (plan: DrillPlan) => DrillPlan) => void;
}

export function DrillForcesEditor({ plan, onChange }: Props) {
  const [name, setName] = useState("");
  const [kind, setKind] = useState<ForceKindId>("dan-quan");
  const [strength, setStrength] = useState(10);

  function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    const speedKmh = FORCE_KINDS.find((option) => option.id === kind)?.defaultSpeedKmh ?? 4;
    const force: DrillForce = { id: newId(), name: name.trim(), kind, strength: Math.max(0, strength), speedKmh };
    onChange((current) => ({ ...current, forces: [...current.forces, force] }));
    setName("");
  }

  const total = plan.forces.reduce((sum, force) => sum + force.strength, 0);
  return (
    <section aria-labelledby="drill-forces-title">
      <h3 id="drill-forces-title">Lực lượng tham gia ({total.toLocaleString("vi-VN")} người)</h3>
      <ul className="drill-list">
        {plan.forces.map((force) => (
          <li key={force.id}>
            <span>
              <strong>{force.name}</strong> · {FORCE_KINDS.find((option) => option.id === force.kind)?.label} · quân số {force.strength.toLocaleString("vi-VN")} ·{" "}
              {force.speedKmh.toLocaleString("vi-VN")} km/h
            </span>
            <button
              type="button"
              aria-label={`Xóa lực lượng ${force.name}`}
              onClick={() =>
                onChange((current) => ({
                  ...current,
                  forces: current.forces.filter((candidate) => candidate.id !== force.id),
                  elements: current.elements.map((element) => ({ ...element, forceIds: element.forceIds.filter((id) => id !== force.id) })),
                }))
              }
            >
              Xóa
            </button>
          </li>
        ))}
      </ul>
      <form className="drill-inline-form drill-force-form" onSubmit={add} aria-label="Thêm lực lượng">
        <input aria-label="Tên lực lượng" placeholder="Tên lực lượng" value={name} onChange={(event) => setName(event.target.value)} />
        <select aria-label="Loại lực lượng" value={kind} onChange={(event) => setKind(event.target.value as ForceKindId)}>
          {FORCE_KINDS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <input aria-label="Quân số" type="number" min={0} value={strength} onChange={(event) => setStrength(Number(event.target.value))} />
        <button type="submit">Thêm lực lượng</button>
      </form>
    </section>
  );
}
