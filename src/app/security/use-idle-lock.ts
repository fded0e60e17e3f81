// Locks every tab after "Tự khóa sau … phút" without the user: any pointer,
// key, wheel or touch in any tab of the app counts as use (shared through
// localStorage, written at most every 5 s), so working in one tab keeps the
// others open; checked every few seconds and when the tab becomes visible.

import { useEffect } from "react";
import { lockEverywhere } from "./lock-channel";
import { readIdleMinutes, readSharedActivity, saveSharedActivity } from "./security-storage";

const SHARE_EVERY_MS = 5_000;
const CHECK_EVERY_MS = 5_000;
const ACTIVITY_EVENTS = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart"] as const;

export function useIdleLock(): void {
  useEffect(() => {
    let lastActivity = Date.now();
    let lastShared = 0;
    saveSharedActivity(lastActivity);
    const onActivity = () => {
      lastActivity = Date.now();
      if (lastActivity - lastShared < SHARE_EVERY_MS) return;
      lastShared = lastActivity;
      saveSharedActivity(lastActivity);
    };
    const check = () => {
      const idleMs = readIdleMinutes() * 60_000;
      if (Date.now() - Math.max(lastActivity, readSharedActivity()) >= idleMs) lockEverywhere();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    document.addEventListener("visibilitychange", check);
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      document.removeEventListener("visibilitychange", check);
      window.clearInterval(timer);
    };
  }, []);
}
