// Phases of a drill on the H-hour timeline, each with its checklist (who,
// what, done) and the after-action record: actual start and notes against
// the planned time.

import { useState, type FormEvent } from "react";
import { checklistProgress, hHourLabel, phasesInOrder, plannedClock, startDeviationMinutes } from "../../domain/drill-phases";
import type { DrillPhase, DrillPlan } from "../../domain/drill-plan";
import { newId } from "../../store/ids";
import { DrillChecklist } from "./DrillChecklist";

interface Props {
  plan: DrillPlan;
  onChange: (change: (plan: DrillPlan) => DrillPlan) => void;
}

export function DrillPhasesEditor({ plan, onChange }: Props) {
  const [name, setName] = useState("");
  const [offset, setOffset] = useState(0);

  function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    const phase: DrillPhase = { id: newId(), name: name.trim(), offsetMinutes: offset, checklist: [], actualStart: "", reviewNotes: "" };
    onChange((current) => ({ ...current, phases: [...current.phases, phase] }));
    setName("");
    setOffset(offset + 30);
  }

  const changePhase = (id: string, change: Partial<DrillPhase>) =>
    onChange((current) => ({ ...current, phases: current.phases.map((phase) => (phase.id === id ? { ...phase, ...change } : phase)) }));

  return (
    <section aria-labelledby="drill-phases-title">
      <h3 id="drill-phases-title">Các giai đoạn (giờ H = {plan.hHour})</h3>
      <ol className="drill-phase-list">
        {phasesInOrder(plan.phases).map((phase) => {
          const progress = checklistProgress(phase);
          const deviation = startDeviationMinutes(plan, phase);
          return (
            <li key={phase.id} className="drill-phase">
              <details>
                <summary>
                  <strong>{hHourLabel(phase.offsetMinutes)}</strong> ({plannedClock(plan, phase) ?? "?"}) — {phase.name}
                  <span className="drill-badge">
                    {progress.done}/{progress.total} việc
                  </span>
                </summary>
                <DrillChecklist phase={phase} onChange={(checklist) => changePhase(phase.id, { checklist })} />
                <div className="drill-review">
                  <label>
                    Giờ thực tế
                    <input
                      type="time"
                      aria-label={`Giờ thực tế giai đoạn ${phase.name}`}
                      defaultValue={phase.actualStart}
                      onBlur={(event) => event.target.value !== phase.actualStart && changePhase(phase.id, { actualStart: event.target.value })}
                    />
                  </label>
                  {deviation !== null && (
                    <span className={deviation > 0 ? "drill-late" : "drill-on-time"}>
                      {deviation === 0 ? "Đúng giờ" : deviation > 0 ? `Chậm ${deviation} phút` : `Sớm ${-deviation} phút`}
                    </span>
                  )}
                  <label>
                    Ghi chú rút kinh nghiệm
                    <textarea
                      aria-label={`Ghi chú rút kinh nghiệm giai đoạn ${phase.name}`}
                      defaultValue={phase.reviewNotes}
                      onBlur={(event) => event.target.value !== phase.reviewNotes && changePhase(phase.id, { reviewNotes: event.target.value })}
                    />
                  </label>
                  <button
                    type="button"
                    className="danger"
                    onClick={() =>
                      onChange((current) => ({
                        ...current,
                        phases: current.phases.filter((candidate) => candidate.id !== phase.id),
                        elements: current.elements.filter((element) => element.phaseId !== phase.id),
                      }))
                    }
                  >
                    Xóa giai đoạn
                  </button>
                </div>
              </details>
            </li>
          );
        })}
      </ol>
      <form className="drill-inline-form" onSubmit={add} aria-label="Thêm giai đoạn">
        <input aria-label="Tên giai đoạn" placeholder="Tên giai đoạn" value={name} onChange={(event) => setName(event.target.value)} />
        <label className="drill-offset">
          H +
          <input aria-label="Phút so với giờ H" type="number" step={5} value={offset} onChange={(event) => setOffset(Number(event.target.value))} />
          phút
        </label>
        <button type="submit">Thêm giai đoạn</button>
      </form>
    </section>
  );
}
