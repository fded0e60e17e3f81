// Phases on the H-hour timeline: their order, clock times, the situation the
// map shows at a phase (everything planned up to and including it), the
// replay order, and the after-action deviation of actual against planned times.

import type { DrillElement, DrillPhase, DrillPlan } from "./drill-plan";

export function phasesInOrder(phases: readonly DrillPhase[]): DrillPhase[] {
  return [...phases].sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.name.localeCompare(b.name, "vi"));
}

/** "H-30", "H", "H+1:15". */
export function hHourLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "H";
  const sign = offsetMinutes > 0 ? "+" : "-";
  const minutes = Math.abs(offsetMinutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `H${sign}${hours > 0 ? `${hours}:${String(rest).padStart(2, "0")}` : rest}`;
}

function parseClock(clock: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

function formatClock(totalMinutes: number): string {
  const dayMinutes = ((totalMinutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(dayMinutes / 60)).padStart(2, "0")}:${String(dayMinutes % 60).padStart(2, "0")}`;
}

/** Planned clock time of a phase (HH:MM), or null when H-hour is not a valid time. */
export function plannedClock(plan: Pick<DrillPlan, "hHour">, phase: Pick<DrillPhase, "offsetMinutes">): string | null {
  const hHour = parseClock(plan.hHour);
  return hHour === null ? null : formatClock(hHour + phase.offsetMinutes);
}

/** Actual minus planned start in minutes (positive = late), or null when either is unknown. */
export function startDeviationMinutes(plan: Pick<DrillPlan, "hHour">, phase: DrillPhase): number | null {
  const hHour = parseClock(plan.hHour);
  const actual = parseClock(phase.actualStart);
  if (hHour === null || actual === null) return null;
  let deviation = actual - (hHour + phase.offsetMinutes);
  // A phase past midnight: pick the nearest day.
  if (deviation > 720) deviation -= 1440;
  if (deviation < -720) deviation += 1440;
  return deviation;
}

export type ElementState = "past" | "current";

/**
 * The situation at one phase: elements of earlier phases (as "past") and of
 * this phase ("current"); later phases are not shown yet. A null phase shows all.
 */
export function situationAt(plan: Pick<DrillPlan, "phases" | "elements">, phaseId: string | null): { element: DrillElement; state: ElementState }[] {
  const ordered = phasesInOrder(plan.phases);
  const rank = new Map(ordered.map((phase, index) => [phase.id, index]));
  const shownRank = phaseId === null ? Infinity : (rank.get(phaseId) ?? -1);
  const result: { element: DrillElement; state: ElementState }[] = [];
  for (const element of plan.elements) {
    const elementRank = rank.get(element.phaseId);
    if (elementRank === undefined || elementRank > shownRank) continue;
    result.push({ element, state: elementRank === shownRank || phaseId === null ? "current" : "past" });
  }
  return result;
}

/** The phase ids a replay steps through, in timeline order. */
export function replaySequence(phases: readonly DrillPhase[]): string[] {
  return phasesInOrder(phases).map((phase) => phase.id);
}

export function checklistProgress(phase: DrillPhase): { done: number; total: number } {
  return { done: phase.checklist.filter((item) => item.done).length, total: phase.checklist.length };
}
