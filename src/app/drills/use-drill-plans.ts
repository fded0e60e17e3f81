// The drill plans of the commune: listed from IndexedDB, one selected for
// editing. Every change is written first (a new revision) and shown after;
// a failed write is reported and leaves the shown plan as stored.

import { useCallback, useState } from "react";
import { newDrillPlan, type DrillPlan } from "../../domain/drill-plan";
import { newId, nowIso } from "../../store/ids";
import { storageErrorMessage } from "../workspace";
import { drillRepository, useLoadOnDrillDataChange } from "../workspace";

export function useDrillPlans() {
  const [plans, setPlans] = useState<DrillPlan[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const stored = await drillRepository.list();
      setPlans(stored);
      setSelectedId((current) => (current && stored.some((plan) => plan.id === current) ? current : (stored[0]?.id ?? null)));
    } catch (reason) {
      setError(`Không đọc được kế hoạch diễn tập: ${storageErrorMessage(reason)}`);
    }
  }, []);

  useLoadOnDrillDataChange(reload);

  const write = useCallback(async (plan: DrillPlan) => {
    try {
      const saved = await drillRepository.save(plan);
      setPlans((current) => [saved, ...current.filter((existing) => existing.id !== saved.id)]);
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

  const selected = plans.find((plan) => plan.id === selectedId) ?? null;

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
    setPlans((current) => current.filter((plan) => plan.id !== id));
    setSelectedId((current) => (current === id ? null : current));
  }, []);

  return { plans, selected, select: setSelectedId, create, update, remove, error };
}

export type DrillPlans = ReturnType<typeof useDrillPlans>;
