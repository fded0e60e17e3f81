// The drill plans of the commune, live from IndexedDB (a change in another tab
// or from an imported package shows at once), one selected for editing. Every
// change is only written (a new revision); the view follows the stored plans,
// so a failed write is reported and leaves the shown plan as stored.

import { useCallback, useMemo, useState } from "react";
import { newDrillPlan, type DrillPlan } from "../../domain/drill-plan";
import { newId, nowIso } from "../../store/ids";
import { EditConflictError } from "../../store/edit-conflict";
import { drillRepository, keepValid, storageErrorMessage, useLiveData } from "../workspace";
import { currentActor } from "../roles";

const NO_PLANS: readonly DrillPlan[] = [];

export function useDrillPlans() {
  const stored = useLiveData(() => drillRepository.list(), []);
  // A stored plan that fails its schema is quarantined (listed in "Dữ liệu lỗi"), never rendered.
  const plans = useMemo(() => keepValid("drills", stored.data ?? NO_PLANS), [stored.data]);
  const [chosenId, setSelectedId] = useState<string | null>(null);
  const [writeError, setError] = useState<string | null>(null);
  const error = writeError ?? (stored.error ? `Không đọc được kế hoạch diễn tập: ${storageErrorMessage(stored.error)}` : null);
  // The chosen plan while it exists (another tab may delete it), else the newest.
  const selectedId = chosenId && plans.some((plan) => plan.id === chosenId) ? chosenId : (plans[0]?.id ?? null);

  // The plan as last saved here, until the live query brings it back: the next edit starts from it.
  const [lastSaved, setLastSaved] = useState<DrillPlan | null>(null);

  // A save refused because the plan was saved elsewhere since it was opened: both versions, for the user to choose.
  const [conflict, setConflict] = useState<EditConflictError<DrillPlan, DrillPlan> | null>(null);

  const write = useCallback(async (plan: DrillPlan) => {
    try {
      const saved = await drillRepository.save(plan, currentActor());
      setLastSaved(saved);
      setError(null);
      return saved;
    } catch (reason) {
      if (reason instanceof EditConflictError) {
        setConflict(reason as EditConflictError<DrillPlan, DrillPlan>);
        setLastSaved(null);
      } else setError(`Chưa lưu được kế hoạch: ${storageErrorMessage(reason)}`);
      return null;
    }
  }, []);

  /** Keep the plan as stored: the refused change is dropped, the next edit starts from the stored plan. */
  const keepStored = useCallback(() => setConflict(null), []);
  /** Save the refused plan over the stored one (as a new revision after it, so exchanges still see the lineage). */
  const keepMine = useCallback(async () => {
    if (!conflict) return;
    const { stored, attempted } = conflict;
    setConflict(null);
    await write({ ...attempted, updatedAt: stored.updatedAt, revisions: stored.revisions });
  }, [conflict, write]);

  const create = useCallback(
    async (fields: Pick<DrillPlan, "name" | "type" | "date" | "hHour" | "classification">) => {
      const saved = await write(newDrillPlan(newId(), nowIso(), fields));
      if (saved) setSelectedId(saved.id);
    },
    [write],
  );

  const storedSelection = plans.find((plan) => plan.id === selectedId) ?? null;
  const selected =
    lastSaved && lastSaved.id === selectedId && (!storedSelection || lastSaved.updatedAt > storedSelection.updatedAt) ? lastSaved : storedSelection;

  /** Applies a change to the selected plan and stores it. */
  const update = useCallback(
    (change: (plan: DrillPlan) => DrillPlan) => {
      if (!selected) return;
      void write(change(structuredClone(selected)));
    },
    [selected, write],
  );

  const remove = useCallback(async (id: string) => {
    await drillRepository.remove(id);
    setSelectedId((current) => (current === id ? null : current));
  }, []);

  return { plans, loaded: stored.data !== undefined, selected, select: setSelectedId, create, update, remove, error, conflict, keepStored, keepMine };
}

export type DrillPlans = ReturnType<typeof useDrillPlans>;
