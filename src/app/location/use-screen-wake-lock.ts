// Keeps the screen on while `active` (a patrol track is recording), through
// the Screen Wake Lock API where the browser has it. The browser releases the
// lock whenever the page is hidden, so it is asked again each time the page
// becomes visible. Returns whether the screen is being kept on, so the view
// can tell the user to keep it on by hand where it cannot.

import { useEffect, useState } from "react";

export type WakeLockState = "off" | "on" | "unsupported";

export function useScreenWakeLock(active: boolean): WakeLockState {
  const [state, setState] = useState<WakeLockState>("off");

  useEffect(() => {
    if (!active) {
      setState("off");
      return;
    }
    if (!("wakeLock" in navigator)) {
      setState("unsupported");
      return;
    }
    let sentinel: WakeLockSentinel | null = null;
    let cancelled = false;
    const acquire = async () => {
      if (document.visibilityState !== "visible" || (sentinel && !sentinel.released)) return;
      try {
        const next = await navigator.wakeLock.request("screen");
        if (cancelled) {
          void next.release();
          return;
        }
        sentinel = next;
        setState("on");
        next.addEventListener("release", () => {
          if (!cancelled) setState("off");
        });
      } catch {
        // Refused (battery saver, no user gesture, a headless browser): the recording goes on regardless.
        if (!cancelled) setState("unsupported");
      }
    };
    const onVisibility = () => void acquire();
    void acquire();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", onVisibility);
      void sentinel?.release();
    };
  }, [active]);

  return state;
}
