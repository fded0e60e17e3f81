// The "Diễn tập" tab: drill plans of the commune military command — create a
// plan, its forces and phases, draw it on the map, check conflicts, replay the
// phases and print the map sheet.

import { useMemo, useState } from "react";
import { phasesInOrder, replaySequence } from "../../domain/drill-phases";
import { DRILL_TYPES } from "../../domain/drill-plan";
import { DrillConflictList } from "./DrillConflictList";
import { DrillElementsEditor } from "./DrillElementsEditor";
import { DrillForcesEditor } from "./DrillForcesEditor";
import { DrillPhasesEditor } from "./DrillPhasesEditor";
import { DrillPlanForm } from "./DrillPlanForm";
import { ShareWithBorderStation } from "../sync";
import { DrillReplayControls } from "./DrillReplayControls";
import { PrintPanel } from "../print";
import { useDrillPlans } from "./use-drill-plans";
import { useDrillReplay } from "./use-drill-replay";
import { useDrillConflicts, useDrillSituation } from "./use-drill-situation";
import { EditConflictPanel } from "../ui";
import { classificationMark, classificationOf } from "../../domain/classification";
import { ClassificationBadge, ClassificationSelect, RoleGate, usePermissions } from "../roles";

const DRILL_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: "Tên kế hoạch",
  type: "Loại diễn tập",
  date: "Ngày",
  hHour: "Giờ H",
  forces: "Lực lượng",
  phases: "Giai đoạn",
  elements: "Yếu tố trên bản đồ",
};

export function DrillTab() {
  const drills = useDrillPlans();
  const [creating, setCreating] = useState(false);
  const plan = drills.selected;
  const phases = useMemo(() => (plan ? phasesInOrder(plan.phases) : []), [plan]);
  const sequence = useMemo(() => (plan ? replaySequence(plan.phases) : []), [plan]);
  const replay = useDrillReplay(sequence);
  useDrillSituation(plan, replay.shownPhaseId);
  const conflicts = useDrillConflicts(plan);
  const { can, role } = usePermissions();

  return (
    <div className="drill-tab">
      <h2>Kế hoạch diễn tập</h2>
      {drills.error && (
        <p className="error" role="alert">
          {drills.error}
        </p>
      )}
      {drills.conflict && (
        <EditConflictPanel conflict={drills.conflict} labels={DRILL_FIELD_LABELS} onKeepStored={drills.keepStored} onKeepMine={() => void drills.keepMine()} />
      )}
      <div className="drill-row">
        {drills.plans.length > 0 && (
          <label>
            Kế hoạch
            <select value={plan?.id ?? ""} onChange={(event) => drills.select(event.target.value || null)}>
              {drills.plans.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                  {classificationMark(classificationOf(candidate)) && ` (${classificationMark(classificationOf(candidate))})`}
                </option>
              ))}
            </select>
          </label>
        )}
        {!creating && can("drill.edit") && (
          <button type="button" onClick={() => setCreating(true)}>
            Tạo kế hoạch diễn tập
          </button>
        )}
      </div>
      {drills.loaded && drills.plans.length === 0 && !creating && (
        <p className="muted" data-testid="drill-no-plans">
          Chưa có kế hoạch diễn tập nào.{!can("drill.edit") && ` Vai trò ${role.label} chỉ xem kế hoạch do Ban CHQS xã lập.`}
        </p>
      )}
      {creating && (
        <DrillPlanForm
          onCancel={() => setCreating(false)}
          onCreate={(fields) => {
            setCreating(false);
            void drills.create(fields);
          }}
        />
      )}
      {plan && (
        <article className="drill-plan" aria-label={`Kế hoạch ${plan.name}`}>
          <p className="drill-summary">
            <strong>{plan.name}</strong>
            <ClassificationBadge classification={classificationOf(plan)} />
            <br />
            {DRILL_TYPES.find((type) => type.id === plan.type)?.label} · ngày {new Date(`${plan.date}T00:00:00`).toLocaleDateString("vi-VN")} · giờ H{" "}
            {plan.hHour}
          </p>
          {plan.updatedBy && <p className="muted">Lưu lần cuối bởi {plan.updatedBy}</p>}
          <RoleGate action="drill.edit" label="Nội dung kế hoạch">
            <ClassificationSelect value={classificationOf(plan)} onChange={(classification) => drills.update((current) => ({ ...current, classification }))} />
            <ShareWithBorderStation checked={plan.sharedWithBorderStation ?? false} onChange={(shared) => drills.update((current) => ({ ...current, sharedWithBorderStation: shared }))} />
            <DrillForcesEditor plan={plan} onChange={drills.update} />
            <DrillPhasesEditor plan={plan} onChange={drills.update} />
            <DrillElementsEditor plan={plan} onChange={drills.update} />
          </RoleGate>
          <DrillReplayControls
            phases={phases}
            shownPhaseId={replay.shownPhaseId}
            playing={replay.playing}
            onShow={replay.show}
            onPlay={replay.play}
            onStop={replay.stop}
          />
          <DrillConflictList conflicts={conflicts} />
          <PrintPanel plan={plan} shownPhaseId={replay.shownPhaseId} />
          {can("drill.edit") && <button
            type="button"
            className="danger"
            onClick={() => {
              if (window.confirm(`Xóa kế hoạch “${plan.name}”?`)) void drills.remove(plan.id);
            }}
          >
            Xóa kế hoạch
          </button>}
        </article>
      )}
    </div>
  );
}
