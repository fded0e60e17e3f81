// Exponential backoff with jitter for sync retries (network down, server 5xx):
// 2 s, 4 s, 8 s … capped at 5 minutes, each delay drawn between half and all of
// its step ("equal jitter"), so devices coming back online together do not
// hit the server in lockstep.

const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;

export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt));
  return Math.round(step / 2 + (step / 2) * random());
}
