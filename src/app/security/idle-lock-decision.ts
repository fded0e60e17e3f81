// When the idle lock may lock: after "Tự khóa sau … phút" without use — but a
// job the user started and is waiting for (a long import, an analysis) counts
// as use while it runs, so it is never cut short, and its end counts as the
// last use, so its result can be seen before the screen locks. A job running
// longer than JOB_HOLD_MS (stuck) no longer keeps the device open.

import { MAX_IDLE_MINUTES } from "./security-storage";

export const JOB_HOLD_MS = MAX_IDLE_MINUTES * 60_000;

export type IdleDecision = "lock" | "wait" | "held-by-job";

export function idleDecision(now: number, lastUse: number, idleMs: number, jobStartTimes: readonly number[]): IdleDecision {
  if (jobStartTimes.some((startedAt) => now - startedAt < JOB_HOLD_MS)) return "held-by-job";
  return now - lastUse >= idleMs ? "lock" : "wait";
}
