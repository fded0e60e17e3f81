// Locks every tab after "Tự khóa sau … phút" without the user: any pointer,
// key, wheel or touch in any tab of the app counts as use (shared through
// localStorage, written at most every 5 s), so working in one tab keeps the
// others open; so does a running job (idle-lock-decision.ts), shared the same
// way, and its end. Checked every few seconds and when the tab becomes visible.

import { useEffect } from "react";
import { onJobsChange, runningJobs } from "../workspace";
import { lockEverywhere } from "./lock-channel";
import { idleDecision } from "./idle-lock-decision";
import { readIdleMinutes, readSharedActivity, saveSharedActivity } from "./security-storage";

const SHARE_EVERY_MS = 5_000;
const CHECK_EVERY_MS = 5_000;
const ACTIVITY_EVENTS = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart"] as const;

export function useIdleLock(): void {
  useEffect(() => {
    let lastActivity = Date.now();
    let lastShared = 0;
    saveSharedActivity(lastActivity);
    const used = (force = false) => {
      lastActivity = Date.now();
      if (!force && lastActivity - lastShared < SHARE_EVERY_MS) return;
      lastShared = lastActivity;
      saveSharedActivity(lastActivity);
    };
    const onActivity = () => used();
    const check = () => {
      const now = Date.now();
      const decision = idleDecision(now, Math.max(lastActivity, readSharedActivity()), readIdleMinutes() * 60_000, runningJobs().map((job) => job.startedAt));
      // A job here keeps the other tabs open too.
      if (decision === "held-by-job") used(true);
      else if (decision === "lock") lockEverywhere();
    };
    // A job's start and its end count as use.
    const stopWatchingJobs = onJobsChange(() => used(true));
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    document.addEventListener("visibilitychange", check);
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => {
      stopWatchingJobs();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      document.removeEventListener("visibilitychange", check);
      window.clearInterval(timer);
    };
  }, []);
}
