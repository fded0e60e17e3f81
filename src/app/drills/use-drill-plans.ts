// The drill plans of the commune, live from IndexedDB (a change in another tab
// or from an imported package shows at once), one selected for editing. Every
// change is only written (a new revision); the view follows the stored plans,
// so a failed write is reported and leaves the shown plan as stored.

import { useCallback, useState } from "react";
import { newDrillPlan, type DrillPlan } from "../../domain/drill-plan";
import { newId, nowIso } from "../../store/ids";
import { drillRepository, storageErrorMessage, useLiveData } from "../workspace";

const NO_PLANS: readonly DrillPlan[] = [];

export function useDrillPlans() {
  const stored = useLiveData(() => drillRepository.list(), []);
  const plans = stored.data ?? NO_PLANS;
  const [chosenId, setSelectedId] = useState<string | null>(null);
  const [writeError, setError] = useState<string | null>(null);
  const error = writeError ?? (stored.error ? `Không đọc được kế hoạch diễn tập: ${storageErrorMessage(stored.error)}` : null);
  // The chosen plan while it exists (another tab may delete it), else the newest.
  const selectedId = chosenId && plans.some((plan) => plan.id === chosenId) ? chosenId : (plans[0]?.id ?? null);

  // The plan as last saved here, until the live query brings it back: the next edit starts from it.
  const [lastSaved, setLastSaved] = useState<DrillPlan | null>(null);

  const write = useCallback(async (plan: DrillPlan) => {
    try {
      const saved = await drillRepository.save(plan);
      setLastSaved(saved);
      setError(null);
      return saved;
    } catch (reason) {
      setError(`Chưa lưu được kế hoạch: ${storageErrorMessage(reason)}`);
      return null;
    }
  }, []);

  const create = useCallback(
    async (fields: Pick<DrillPlan, "name" | "type" | "date" | "hHour">) => {
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

  return { plans, selected, select: setSelectedId, create, update, remove, error };
}

export type DrillPlans = ReturnType<typeof useDrillPlans>;
