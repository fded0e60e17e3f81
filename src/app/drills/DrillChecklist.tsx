// The checklist of one drill phase: who does what, ticked when done.

import { useState, type FormEvent } from "react";
import type { ChecklistItem, DrillPhase } from "../../domain/drill-plan";
import { newId } from "../../store/ids";

export function DrillChecklist({ phase, onChange }: { phase: DrillPhase; onChange: (checklist: ChecklistItem[]) => void }) {
  const [who, setWho] = useState("");
  const [what, setWhat] = useState("");

  function add(event: FormEvent) {
    event.preventDefault();
    if (!what.trim()) return;
    onChange([...phase.checklist, { id: newId(), who: who.trim(), what: what.trim(), done: false }]);
    setWhat("");
  }

  return (
    <div className="drill-checklist">
      <ul>
        {phase.checklist.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                checked={item.done}
                onChange={() => onChange(phase.checklist.map((candidate) => (candidate.id === item.id ? { ...candidate, done: !candidate.done } : candidate)))}
              />
              {item.who && <strong>{item.who}: </strong>}
              {item.what}
            </label>
          </li>
        ))}
      </ul>
      <form className="drill-inline-form" onSubmit={add} aria-label={`Thêm việc cho giai đoạn ${phase.name}`}>
        <input aria-label="Người thực hiện" placeholder="Ai" value={who} onChange={(event) => setWho(event.target.value)} />
        <input aria-label="Nội dung công việc" placeholder="Việc gì" value={what} onChange={(event) => setWhat(event.target.value)} />
        <button type="submit">Thêm việc</button>
      </form>
    </div>
  );
}
