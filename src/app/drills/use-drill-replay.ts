// Which phase the map shows, and "play": step through the phases in timeline
// order, one every few seconds, ending on the last (for the briefing and the
// after-action review).

import { useCallback, useEffect, useRef, useState } from "react";

export const REPLAY_STEP_MS = 2_500;

export function useDrillReplay(sequence: readonly string[]) {
  const [shownPhaseId, setShownPhaseId] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  const stop = useCallback(() => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    setPlaying(false);
  }, []);

  const play = useCallback(() => {
    if (sequence.length === 0) return;
    stop();
    let step = 0;
    setShownPhaseId(sequence[0]);
    setPlaying(true);
    timer.current = setInterval(() => {
      step += 1;
      if (step >= sequence.length) {
        stop();
        return;
      }
      setShownPhaseId(sequence[step]);
    }, REPLAY_STEP_MS);
  }, [sequence, stop]);

  useEffect(() => stop, [stop]);

  // A deleted phase can no longer be shown.
  const shown = shownPhaseId !== null && sequence.includes(shownPhaseId) ? shownPhaseId : null;
  return { shownPhaseId: shown, show: setShownPhaseId, playing, play, stop };
}
